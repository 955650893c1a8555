/** A field's problem, in the words of the schema or the server, under the field it is about. */
import { Text } from '@tarojs/components';

export function FieldError({ text }: { text?: string }) {
  return text ? <Text className="lx-field__error">{text}</Text> : null;
}
