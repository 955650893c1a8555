/**
 * A form row in the app's style: the label as people read it (with （选填…） in lighter type), the
 * widget, its hint and its error. Text widgets still carry the label themselves (TextInput / TextBox:
 * the native field's accessible name); this is the visible part. Also the on/off row and the big button under a form.
 */
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Switch } from '@nutui/nutui-react-taro';
import { FieldError } from './FieldError';
import { TextBox } from './TextField';

export interface FieldProps {
  label: ReactNode;
  /** shown after the label, e.g. （选填，最多 9 张） */
  optional?: string;
  /** a line under the widget */
  hint?: ReactNode;
  error?: string;
  children?: ReactNode;
}

export function Field({ label, optional, hint, error, children }: FieldProps) {
  return (
    <View className="lx-field">
      <Text className="lx-field__label">
        {label}
        {optional ? <Text className="lx-field__optional">{optional}</Text> : null}
      </Text>
      {children}
      {hint ? <Text className="lx-field__hint">{hint}</Text> : null}
      <FieldError text={error} />
    </View>
  );
}

/** A label and its explanation beside an on/off switch (匿名反映, 置顶). */
export function SwitchField(p: { label: string; hint: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <View className="lx-field lx-field--inline">
      <View>
        <Text className="lx-field__label">{p.label}</Text>
        <Text className="lx-field__hint">{p.hint}</Text>
      </View>
      <Switch checked={p.checked} onChange={(on: boolean) => p.onChange(on)} />
    </View>
  );
}

/** The page's one big button under its form (保存, 确认加入), spinning while `busy`. */
export function SubmitBar({ label, busy, onSubmit }: { label: string; busy: boolean; onSubmit: () => void }) {
  return (
    <View className="lx-under-button">
      <Button block type="primary" size="xlarge" loading={busy} onClick={onSubmit}>
        {label}
      </Button>
    </View>
  );
}

/** A labelled note that grows with its text (an action form's 说明, 评价内容); the label names the box too. */
export function NoteField(p: {
  label: string;
  /** shows （选填） after the label */
  optional?: boolean;
  value: string;
  placeholder: string;
  maxLength: number;
  onChange: (value: string) => void;
}) {
  return (
    <Field label={p.label} optional={p.optional ? '（选填）' : undefined}>
      <TextBox
        label={p.label}
        value={p.value}
        placeholder={p.placeholder}
        maxLength={p.maxLength}
        autoSize
        onChange={p.onChange}
      />
    </Field>
  );
}
