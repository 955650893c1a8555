/**
 * When a notice shows: publish now or at a date and time, and until when. WeChat's own date and time
 * pickers (Taro's Picker): NutUI's DatePicker is a popup of wheels drawn in the page, and the native
 * one is what older users know from the rest of WeChat.
 */
import { Picker, Text, View } from '@tarojs/components';
import { Field } from '@/components/Field';

interface Props {
  publishDate: string;
  publishTime: string;
  expiryDate: string;
  expiryError?: string;
  onChange: (key: 'publishDate' | 'publishTime' | 'expiryDate', value: string) => void;
}

function Clear({ shown, onClear }: { shown: boolean; onClear: () => void }) {
  return shown ? (
    <Text className="lx-compose__clear" onClick={onClear}>
      清除
    </Text>
  ) : null;
}

export function ComposeSchedule({ publishDate, publishTime, expiryDate, expiryError, onChange }: Props) {
  return (
    <>
      <Field label="定时发布" optional="（不选则立即发布）">
        <View className="lx-compose__when">
          <Picker mode="date" value={publishDate} onChange={(e) => onChange('publishDate', String(e.detail.value))}>
            <View className="lx-input lx-compose__pick">{publishDate || '选择日期'}</View>
          </Picker>
          <Picker mode="time" value={publishTime} onChange={(e) => onChange('publishTime', String(e.detail.value))}>
            <View className="lx-input lx-compose__pick">{publishTime}</View>
          </Picker>
          <Clear shown={!!publishDate} onClear={() => onChange('publishDate', '')} />
        </View>
      </Field>
      <Field label="有效期至" optional="（选填，过期后居民不再看到）" error={expiryError}>
        <View className="lx-compose__when">
          <Picker mode="date" value={expiryDate} onChange={(e) => onChange('expiryDate', String(e.detail.value))}>
            <View className="lx-input lx-compose__pick">{expiryDate || '长期有效'}</View>
          </Picker>
          <Clear shown={!!expiryDate} onClear={() => onChange('expiryDate', '')} />
        </View>
      </Field>
    </>
  );
}
