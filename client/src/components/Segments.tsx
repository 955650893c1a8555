/**
 * Large tab buttons above a list (全部 / 处理中 …), with counts where known.
 *
 * Hand-written rather than NutUI's Tabs (3.0.20): its title items carry no role="tab" or
 * aria-selected (screen readers, and the journeys' getByRole('tab', { name: '待签收4' }), need them),
 * and the only way in is its `title` render prop, which replaces every title NutUI draws and leaves it
 * a ScrollView; its TabPanes want to hold the list, while our lists page under their tabs through
 * usePagedList; and it measures its titles with createSelectorQuery after every change.
 */
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
