/** Categories as large chips grouped like the picker's groups (市容环境, 公共设施 …), one to choose. */
import { Text, View } from '@tarojs/components';
import { plainTerm, type Audience, type CategoryOption } from '@lx/types';
import { asOptions, ChipGroup } from '@/components/ChipGroup';

interface Props {
  categories: CategoryOption[];
  value: string;
  onChange: (id: string) => void;
  /** residents read the plain name (垃圾暴露 → 垃圾没有清运: types/plain-words.ts); staff the office one */
  who: Audience;
}

export function CategoryPicker({ categories, value, onChange, who }: Props) {
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
          <ChipGroup
            label={g.name}
            options={asOptions(g.items.map((c) => ({ ...c, name: plainTerm(c.name, who) })))}
            value={value}
            onChange={onChange}
          />
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
