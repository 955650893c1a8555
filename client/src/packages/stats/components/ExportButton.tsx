/**
 * 导出月报: the stats function writes the period's report (.xlsx) for this scope, and the download
 * helper opens it (WeChat's document viewer) or saves it (h5). One requestId per scope × period
 * asked for: a second tap after a lost answer gets the same file, not a second one.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useRequestId } from '@/hooks/useRequestId';
import { callCloud } from '@/services/cloud';
import { downloadReport } from '@/services/report';
import { toast } from '@/utils/nav';

export function ExportButton({ orgId, period }: { orgId: string; period: string }) {
  const requestId = useRequestId();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string>();

  const run = async () => {
    if (busy) return;
    setBusy(true);
    const res = await callCloud('stats', 'export', { orgId, period, requestId: requestId.for(`${orgId}|${period}`) });
    if (res.ok) {
      const got = await downloadReport(res.data);
      if (got.ok) {
        requestId.renew();
        setDone(res.data.fileName);
      } else toast(got.message);
    } else toast(res.message);
    setBusy(false);
  };

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
