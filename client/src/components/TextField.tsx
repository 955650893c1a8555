/**
 * Text fields that carry their label as their accessible name, so a screen reader says 联系电话 and a
 * browser test finds the field with getByLabel('联系电话') rather than by its place on the page.
 *
 * In h5 Taro's Input and Textarea are web components (taro-input-core, taro-textarea-core) around a
 * native <input> / <textarea>: an aria-label on the component stays on that outer element, which is
 * not the field. The name has to reach the native element through the component's nativeProps. In
 * the mini-program the component itself is the field, so it gets aria-label (WeChat reads it on its
 * components; Taro 4.2's weapp template does not pass it through yet, which costs nothing).
 * NutUI's TextArea sets nativeProps itself and lets nothing through, hence TextBox below (same look:
 * NutUI's own textarea classes and styles).
 */
import { Input, Textarea, View } from '@tarojs/components';
import type { InputProps } from '@tarojs/components';
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/css';

const H5 = process.env.TARO_ENV === 'h5';

/** Props naming a Taro Input / Textarea: spread them onto the component. */
export function labelProps(label: string): { nativeProps: Record<string, string> } | { 'aria-label': string } {
  return H5 ? { nativeProps: { 'aria-label': label } } : { 'aria-label': label };
}

export type TextInputProps = Omit<InputProps, 'nativeProps'> & {
  /** the field's label as people read it (联系电话), without （选填） */
  label: string;
};

/** A one-line field in the app's style (.lx-input), named by `label`. */
export function TextInput({ label, className, placeholderClass, ...rest }: TextInputProps) {
  return (
    <Input
      className={className ? `lx-input ${className}` : 'lx-input'}
      placeholderClass={placeholderClass ?? 'lx-input__placeholder'}
      {...rest}
      {...labelProps(label)}
    />
  );
}

export interface TextBoxProps {
  /** the field's label as people read it (问题描述), without （选填） */
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  placeholder?: string;
  /** shows 12/500 under the text */
  showCount?: boolean;
  /** grows with its text */
  autoSize?: boolean;
  className?: string;
}

/** A multi-line field in the app's style (.lx-textarea), named by `label`. */
export function TextBox(p: TextBoxProps) {
  return (
    <View className={`nut-textarea nut-textarea-container lx-textarea${p.className ? ` ${p.className}` : ''}`}>
      <Textarea
        className="nut-textarea-textarea"
        value={p.value}
        placeholder={p.placeholder ?? ''}
        maxlength={p.maxLength}
        autoHeight={p.autoSize}
        onInput={(e) => p.onChange(e.detail.value)}
        {...labelProps(p.label)}
      />
      {p.showCount ? (
        <View className="nut-textarea-limit">
          {p.value.length}/{p.maxLength}
        </View>
      ) : null}
    </View>
  );
}
