/** A wish's 心愿标题 and 心愿内容, as 点单 and its edit ask them (the form is the caller's). */
import { Field } from '@/components/Field';
import { TextBox, TextInput } from '@/components/TextField';
import type { ZodForm } from '@/hooks/useZodForm';

export interface WishText {
  title: string;
  detail: string;
}

export function WishFields({ form }: { form: Pick<ZodForm<WishText, unknown>, 'values' | 'set' | 'errors'> }) {
  return (
    <>
      <Field label="心愿标题" error={form.errors.title}>
        <TextInput
          label="心愿标题"
          placeholder="例如：帮忙修一下门口的路灯"
          maxlength={30}
          value={form.values.title}
          onInput={(e) => form.set('title', e.detail.value)}
        />
      </Field>
      <Field label="心愿内容" error={form.errors.detail}>
        <TextBox
          label="心愿内容"
          value={form.values.detail}
          placeholder="需要什么帮助、什么时间方便"
          maxLength={300}
          showCount
          autoSize
          onChange={(v) => form.set('detail', v)}
        />
      </Field>
    </>
  );
}
