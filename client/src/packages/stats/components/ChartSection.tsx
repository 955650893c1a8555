/**
 * One chart with its table under it (a phone is too narrow for them side by side) and the words
 * that say what is counted; an empty period shows the empty state instead of a blank canvas.
 */
import { Text, View } from '@tarojs/components';
import { EmptyView } from '@/components/StateViews';
import { Chart } from './Chart';
import { isEmpty, tableOf, type ChartSpec } from './chartData';
import { FigureTable } from './FigureTable';

export function ChartSection({ spec, note }: { spec: ChartSpec; note?: string }) {
  const empty = isEmpty(spec);
  return (
    <View className="lx-section lx-chart">
      <View className="lx-section__head">
        <Text className="lx-section__title">{spec.title}</Text>
      </View>
      {note ? <Text className="lx-chart__note">{note}</Text> : null}
      {empty ? (
        <EmptyView text="这段时间还没有数据" />
      ) : (
        <View className="lx-chart__body">
          <Chart spec={spec} />
          <FigureTable caption={`${spec.title}（表格）`} table={tableOf(spec)} />
        </View>
      )}
    </View>
  );
}
