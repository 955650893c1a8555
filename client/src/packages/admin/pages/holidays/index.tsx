/**
 * 节假日: the days off and the weekend days worked (调休上班) that working-day time limits count
 * with. One date per line, as the State Council's notice lists them.
 */
import { Text, Textarea, View } from '@tarojs/components';
import { type ResultOf, SaveHolidaysPayload } from '@lx/types';
import { Field, SubmitBar } from '@/components/Field';
import { withPageRoot } from '@/components/PageRoot';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { labelProps } from '@/components/TextField';
import { useRemote } from '@/hooks/useRemote';
import { useZodForm } from '@/hooks/useZodForm';
import { callCloud } from '@/services/cloud';
import { formatDateTime } from '@/utils/format';
import { toast } from '@/utils/nav';
import '../../admin.scss';

const lines = (s: string) =>
  s
    .split(/[\s,，;；]+/)
    .map((x) => x.trim())
    .filter(Boolean);

const FIELDS = [
  { key: 'holidays', label: '放假日期', maxlength: 8000 },
  { key: 'workdays', label: '调休上班日期', maxlength: 2000 },
] as const;

function HolidaysForm({ cal, onSaved }: { cal: ResultOf<'admin', 'holidays'>; onSaved: () => void }) {
  const form = useZodForm(SaveHolidaysPayload, {
    initial: { holidays: cal.holidays.join('\n'), workdays: cal.workdays.join('\n') },
    toInput: (v) => ({ holidays: lines(v.holidays), workdays: lines(v.workdays) }),
    toastInvalid: true,
  });
  const save = form.submit(async (payload) => {
    const res = await callCloud('admin', 'saveHolidays', payload);
    if (!res.ok) return toast(res.message);
    toast('节假日已保存');
    onSaved();
  });
  return (
    <>
      <View className="lx-form">
        {FIELDS.map((f) => (
          <Field key={f.key} label={`${f.label}（${lines(form.values[f.key]).length} 天）`} error={form.errors[f.key]}>
            <Textarea
              className="lx-paste"
              value={form.values[f.key]}
              maxlength={f.maxlength}
              {...labelProps(f.label)}
              onInput={(e) => form.set(f.key, e.detail.value)}
            />
          </Field>
        ))}
      </View>
      <SubmitBar label="保存" busy={form.submitting} onSubmit={() => void save()} />
    </>
  );
}

function HolidaysPage() {
  const cal = useRemote(() => callCloud('admin', 'holidays', {}), []);
  if (cal.loading && !cal.data) return <LoadingView />;
  if (cal.error || !cal.data) return <ErrorView error={cal.error} onRetry={() => void cal.reload()} />;
  return (
    <View className="lx-page">
      {cal.data.warning ? <Text className="lx-banner lx-banner--warn">{cal.data.warning}</Text> : null}
      <Text className="lx-admin-hint">
        按国务院办公厅节假日安排填写，每行一个日期（YYYY-MM-DD）。
        {cal.data.updatedAt ? ` 上次修改：${formatDateTime(cal.data.updatedAt)}` : ''}
      </Text>
      {/* a saved calendar comes back from the server: the form starts again from it */}
      <HolidaysForm key={cal.data.updatedAt ?? 0} cal={cal.data} onSaved={() => void cal.reload()} />
    </View>
  );
}

export default withPageRoot(HolidaysPage);
