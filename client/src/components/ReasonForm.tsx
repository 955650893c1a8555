/**
 * An action that asks for its reason (退回, 撤销, 解除结对, 撤销报到): one note, checked by the
 * action's own schema (its Chinese messages), then sent; said when it went through. Under a row it
 * has 取消 beside the confirm button; as a card's own form (no onCancel) it ends in the submit bar.
 */
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { NoteField, SubmitBar } from '@/components/Field';
import { FieldError } from '@/components/FieldError';
import { useZodForm } from '@/hooks/useZodForm';
import type { CloudResult } from '@/services/cloud';
import type { Schema } from '@/utils/form';
import { toast } from '@/utils/nav';

export interface ReasonFormProps<T> {
  /** the payload's schema, and everything in it but the reason */
  schema: Schema<T>;
  fixed: Record<string, unknown>;
  label: string;
  placeholder: string;
  confirm: string;
  /** said when it went through */
  doneText: string;
  send: (data: T) => Promise<CloudResult<unknown>>;
  onDone: () => void;
  onCancel?: () => void;
  /** the package's look: the form's box, the buttons' row, the confirm button's type */
  className: string;
  actionsClassName?: string;
  confirmType?: 'danger' | 'primary';
}

export function ReasonForm<T>(p: ReasonFormProps<T>) {
  const form = useZodForm(p.schema, { initial: { ...p.fixed, reason: '' } });
  const go = form.submit(async (data) => {
    const res = await p.send(data);
    if (!res.ok) return toast(res.message);
    toast(p.doneText);
    p.onDone();
  });
  return (
    <View className={p.className}>
      <NoteField
        label={p.label}
        value={String(form.values.reason)}
        placeholder={p.placeholder}
        maxLength={200}
        onChange={(v) => form.set('reason', v)}
      />
      <FieldError text={form.errors.reason} />
      {p.onCancel ? (
        <View className={p.actionsClassName}>
          <Button type={p.confirmType ?? 'primary'} size="large" loading={form.submitting} onClick={() => void go()}>
            {p.confirm}
          </Button>
          <Button type="default" size="large" onClick={p.onCancel}>
            取消
          </Button>
        </View>
      ) : (
        <SubmitBar label={p.confirm} busy={form.submitting} onSubmit={() => void go()} />
      )}
    </View>
  );
}
