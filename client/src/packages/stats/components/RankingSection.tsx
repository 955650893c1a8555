/** One ranking: its metric's denominator in words and the ranked table (名次, name, share, parts). */
import { Text, View } from '@tarojs/components';
import type { Ranking } from '../dashboardView';
import { FigureTable } from './FigureTable';

export function RankingSection({ ranking }: { ranking: Ranking }) {
  return (
    <View className="lx-section">
      <View className="lx-section__head">
        <Text className="lx-section__title">{ranking.title}</Text>
      </View>
      <Text className="lx-chart__note">{ranking.denominator}</Text>
      <View className="lx-chart__body">
        <FigureTable caption={ranking.title} table={ranking.table} ranked />
      </View>
    </View>
  );
}
