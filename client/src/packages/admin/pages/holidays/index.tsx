/**
 * 节假日: the days off and the weekend days worked (调休上班) that working-day time limits count
 * with. One date per line, as the State Council's notice lists them.
 */
import { useEffect, useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { useRemote } from '@/hooks/useRemote';
import { callCloud } from '@/services/cloud';
import { labelProps } from '@/components/TextField';
import { formatDateTime } from '@/utils/format';
import { toast } from '@/utils/nav';
import '../../admin.scss';

const lines = (s: string) =>
  s
    .split(/[\s,，;；]+/)
    .map((x) => x.trim())
    .filter(Boolean);

export default function HolidaysPage() {
  const cal = useRemote(() => callCloud('admin', 'holidays', {}), []);
  const [holidays, setHolidays] = useState('');
  const [workdays, setWorkdays] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (cal.data) {
      setHolidays(cal.data.holidays.join('\n'));
      setWorkdays(cal.data.workdays.join('\n'));
    }
  }, [cal.data]);
  if (cal.loading && !cal.data) return <LoadingView />;
  if (cal.error) return <ErrorView message={cal.error.message} onRetry={() => void cal.reload()} />;

  const save = async () => {
    setBusy(true);
    const res = await callCloud('admin', 'saveHolidays', { holidays: lines(holidays), workdays: lines(workdays) });
    setBusy(false);
    if (res.ok) {
      toast('节假日已保存');
      void cal.reload();
    } else toast(res.message);
  };
  return (
    <View className="lx-page">
      {cal.data?.warning ? <Text className="lx-banner lx-banner--warn">{cal.data.warning}</Text> : null}
      <Text className="lx-admin-hint">
        按国务院办公厅节假日安排填写，每行一个日期（YYYY-MM-DD）。
        {cal.data?.updatedAt ? ` 上次修改：${formatDateTime(cal.data.updatedAt)}` : ''}
      </Text>
      <View className="lx-form">
        <View className="lx-field">
          <Text className="lx-field__label">放假日期（{lines(holidays).length} 天）</Text>
          <Textarea
            className="lx-paste"
            value={holidays}
            maxlength={8000}
            {...labelProps('放假日期')}
            onInput={(e) => setHolidays(e.detail.value)}
          />
        </View>
        <View className="lx-field">
          <Text className="lx-field__label">调休上班日期（{lines(workdays).length} 天）</Text>
          <Textarea
            className="lx-paste"
            value={workdays}
            maxlength={2000}
            {...labelProps('调休上班日期')}
            onInput={(e) => setWorkdays(e.detail.value)}
          />
        </View>
      </View>
      <View className="lx-under-button">
        <Button block type="primary" size="xlarge" loading={busy} onClick={() => void save()}>
          保存
        </Button>
      </View>
    </View>
  );
}
