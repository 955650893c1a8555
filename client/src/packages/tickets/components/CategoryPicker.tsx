/** Categories as large chips grouped like the picker's groups (市容环境, 公共设施 …), one to choose. */
import { Text, View } from '@tarojs/components';
import type { CategoryOption } from '@lx/types';
import { asOptions, ChipGroup } from '@/components/ChipGroup';

interface Props {
  categories: CategoryOption[];
  value: string;
  onChange: (id: string) => void;
}

export function CategoryPicker({ categories, value, onChange }: Props) {
  const groups: { name: string; items: CategoryOption[] }[] = [];
  for (const c of categories) {
    const g = groups.find((x) => x.name === c.group);
    if (g) g.items.push(c);
    else groups.push({ name: c.group, items: [c] });
  }
  const chosen = categories.find((c) => c.id === value);
  return (
    <View className="lx-categories">
      {groups.map((g) => (
        <View key={g.name} className="lx-categories__group">
          <Text className="lx-categories__group-name">{g.name}</Text>
          <ChipGroup label={g.name} options={asOptions(g.items)} value={value} onChange={onChange} />
        </View>
      ))}
      {chosen ? (
        <Text className="lx-categories__limit">
          办理时限：{chosen.limitText}（紧急情况 {chosen.urgentLimitText}）
        </Text>
      ) : null}
    </View>
  );
}
