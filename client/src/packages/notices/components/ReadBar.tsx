/** One line of read figures: a name, 已读 x/y with a bar, and how many were told in person. */
import { Text, View } from '@tarojs/components';
import type { ReadFigure } from '@lx/types';

export function ReadBar({
  figure: f,
  action,
}: {
  figure: ReadFigure;
  action?: { label: string; onClick: () => void };
}) {
  return (
    <View className="lx-readbar">
      <View className="lx-readbar__head">
        <Text className="lx-readbar__name">{f.name}</Text>
        <Text className="lx-readbar__share">{f.share}%</Text>
      </View>
      <View className="lx-readbar__track">
        <View className="lx-readbar__fill" style={{ width: `${f.share}%` }} />
      </View>
      <View className="lx-readbar__head">
        <Text className="lx-readbar__meta">
          已读 {f.read} / {f.residents} 人{f.informed ? ` · 入户告知 ${f.informed} 户` : ''}
        </Text>
        {action ? (
          <Text className="lx-readbar__action" onClick={action.onClick}>
            {action.label} ›
          </Text>
        ) : null}
      </View>
    </View>
  );
}
