/**
 * 导出月报: the stats function writes the period's report (.xlsx) for this scope, and the download
 * helper opens it (WeChat's document viewer) or saves it (h5). One requestId per scope × period
 * asked for: a second tap after a lost answer gets the same file, not a second one.
 */
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useReportExport } from '@/hooks/useReportExport';
import { callCloud } from '@/services/cloud';

export function ExportButton({ orgId, period }: { orgId: string; period: string }) {
  const { busy, done, run: exportAs } = useReportExport();
  const run = () =>
    exportAs(`${orgId}|${period}`, (requestId) => callCloud('stats', 'export', { orgId, period, requestId }));

  return (
    <View className="lx-stats-actions">
      <Button type="primary" size="large" block disabled={busy} onClick={() => void run()}>
        {busy ? '正在导出…' : '导出月报'}
      </Button>
      <Text className="lx-stats-actions__hint">
        {done ? `已导出：${done}` : 'Excel 表格：汇总、排名、各社区、各网格和指标说明'}
      </Text>
    </View>
  );
}
