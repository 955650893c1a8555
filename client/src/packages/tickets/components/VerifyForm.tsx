/** 核查: the supervisor compares before and after and either passes the resolution or sends it back. */
import { Text, View } from '@tarojs/components';
import { ChipGroup } from '@/components/ChipGroup';
import { NoteField } from '@/components/Field';
import { FieldError } from '@/components/FieldError';
import { useZodForm } from '@/hooks/useZodForm';
import { VerifyInput } from '../forms';
import { FormButtons } from './FormButtons';

const OPTIONS = [
  { value: 'pass', label: '核查通过' },
  { value: 'back', label: '退回重办', danger: true },
] as const;

interface Props {
  busy: boolean;
  onSubmit: (input: { passed: boolean; note: string }) => void;
  onCancel: () => void;
}

export function VerifyForm({ busy, onSubmit, onCancel }: Props) {
  const form = useZodForm(VerifyInput, {
    initial: { passed: undefined as boolean | undefined, note: '' },
    oneLine: true,
  });
  const { passed } = form.values;
  const submit = form.submit(onSubmit);

  return (
    <View className="lx-sheet" role="form" aria-label="核查">
      <Text className="lx-sheet__title">核查办结结果</Text>
      <Text className="lx-field__hint">请对照上报照片和办结照片，确认问题已解决</Text>
      <ChipGroup
        className="lx-chips lx-sheet__choices"
        chipClassName="lx-chip--wide"
        options={OPTIONS}
        value={passed === undefined ? undefined : passed ? 'pass' : 'back'}
        onChange={(v) => form.set('passed', v === 'pass')}
      />
      <NoteField
        label="核查意见"
        optional={passed !== false}
        value={form.values.note}
        placeholder={passed === false ? '说明哪里没有办好' : '例如：现场已恢复'}
        maxLength={500}
        onChange={(v) => form.set('note', v)}
      />
      <FieldError text={form.error} />
      <FormButtons
        submitLabel="提交核查"
        busy={busy}
        onSubmit={() => void (busy ? undefined : submit())}
        onCancel={onCancel}
      />
    </View>
  );
}
