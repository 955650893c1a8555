/**
 * A refusal under its row (退回 a registration, 撤销 a member, 退回 a wish): the reason is asked for,
 * checked by the action's own schema (its Chinese messages), then sent; the row's list reloads.
 */
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { FieldError } from '@/components/FieldError';
import { NoteField } from '@/components/Field';
import { useZodForm } from '@/hooks/useZodForm';
import type { CloudResult } from '@/services/cloud';
import type { Schema } from '@/utils/form';
import { toast } from '@/utils/nav';

export interface StaffReasonFormProps<T> {
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
  onCancel: () => void;
}

export function StaffReasonForm<T>(p: StaffReasonFormProps<T>) {
  const form = useZodForm(p.schema, { initial: { ...p.fixed, reason: '' } });
  const go = form.submit(async (data) => {
    const res = await p.send(data);
    if (!res.ok) return toast(res.message);
    toast(p.doneText);
    p.onDone();
  });
  return (
    <View className="lx-party-staff__reason">
      <NoteField
        label={p.label}
        value={String(form.values.reason)}
        placeholder={p.placeholder}
        maxLength={200}
        onChange={(v) => form.set('reason', v)}
      />
      <FieldError text={form.errors.reason} />
      <View className="lx-party-staff__actions">
        <Button type="danger" size="large" loading={form.submitting} onClick={() => void go()}>
          {p.confirm}
        </Button>
        <Button type="default" size="large" onClick={p.onCancel}>
          取消
        </Button>
      </View>
    </View>
  );
}
