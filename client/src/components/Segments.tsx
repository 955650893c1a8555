/** Large tab buttons above a list (全部 / 处理中 …), with counts where known. */
import { Text, View } from '@tarojs/components';

export interface Segment<K extends string> {
  key: K;
  label: string;
  count?: number;
  /** the count is bad news (超期): shown in red */
  alert?: boolean;
}

export function Segments<K extends string>({
  items,
  value,
  onChange,
  dense = false,
}: {
  items: Segment<K>[];
  value: K;
  onChange: (k: K) => void;
  /** many tabs on a narrow phone: the count goes under the label */
  dense?: boolean;
}) {
  return (
    <View className={`lx-segments ${dense ? 'lx-segments--dense' : ''}`} role="tablist">
      {items.map((s) => (
        <View
          key={s.key}
          role="tab"
          aria-selected={s.key === value}
          className={`lx-segments__item ${s.key === value ? 'lx-segments__item--active' : ''}`}
          onClick={() => s.key !== value && onChange(s.key)}
        >
          <Text>{s.label}</Text>
          {typeof s.count === 'number' ? (
            <Text className={`lx-segments__count ${s.alert && s.count > 0 ? 'lx-segments__count--alert' : ''}`}>
              {s.count}
            </Text>
          ) : null}
        </View>
      ))}
    </View>
  );
}
