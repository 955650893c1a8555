/** One ledger entry in plain words: the rule, where it came from, the points and hours, when. */
import { Text, View } from '@tarojs/components';
import type { PointEntryView } from '../api';
import { ledgerLine } from '../views';

export function LedgerRow({ e }: { e: PointEntryView }) {
  const l = ledgerLine(e);
  return (
    <View className="lx-row" role="listitem" aria-label={`${l.title} ${l.points}`}>
      <View className="lx-row__main">
        <View className="lx-row__head">
          <Text className="lx-row__title">{l.title}</Text>
          <Text className={l.tone === 'danger' ? 'lx-party__points-minus' : 'lx-party__points-plus'}>{l.points}</Text>
        </View>
        <Text className="lx-row__desc">{l.source}</Text>
        <Text className="lx-row__meta">{l.hours ? `${l.hours} · ${l.when}` : l.when}</Text>
      </View>
    </View>
  );
}
