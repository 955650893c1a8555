/**
 * The period's figures in words: counts as tiles, each rate with what it divides (its numerator and
 * denominator counted, and the denominator said in full), and where things were solved.
 */
import { Text, View } from '@tarojs/components';
import { type Figures, LEVEL_SHARE_DEFINITION } from '@lx/types';
import { countTiles, levelClaims, rateLines } from '../dashboardView';

export function CountTiles({ figures }: { figures: Figures }) {
  return (
    <View className="lx-tiles">
      {countTiles(figures).map((t) => (
        <View key={t.label} className="lx-tile" aria-label={`${t.label} ${t.value}${t.unit}，${t.hint}`}>
          <Text className="lx-tile__label">{t.label}</Text>
          <Text className="lx-tile__value">
            {t.value}
            <Text className="lx-tile__unit">{t.unit}</Text>
          </Text>
          <Text className="lx-tile__hint">{t.hint}</Text>
        </View>
      ))}
    </View>
  );
}

function RateCard({
  label,
  value,
  formula,
  denominator,
}: {
  label: string;
  value: string;
  formula: string;
  denominator?: string;
}) {
  return (
    <View className="lx-rate">
      <View className="lx-rate__head">
        <Text className="lx-rate__label">{label}</Text>
        <Text className={`lx-rate__value ${value === '—' ? 'lx-rate__value--none' : ''}`}>{value}</Text>
      </View>
      <Text className="lx-rate__parts">{formula}</Text>
      {denominator ? <Text className="lx-rate__def">{denominator}</Text> : null}
    </View>
  );
}

export function RateList({ figures }: { figures: Figures }) {
  return (
    <View className="lx-section">
      <View className="lx-section__head">
        <Text className="lx-section__title">办理质量</Text>
      </View>
      {rateLines(figures).map((r) => (
        <RateCard key={r.key} label={r.label} value={r.value} formula={r.formula} denominator={r.denominator} />
      ))}
    </View>
  );
}

export function LevelClaims({ figures }: { figures: Figures }) {
  return (
    <View className="lx-claims">
      <Text className="lx-chart__note">{LEVEL_SHARE_DEFINITION}</Text>
      {levelClaims(figures).map((c) => (
        <RateCard key={c.label} label={c.label} value={c.value} formula={c.formula} />
      ))}
    </View>
  );
}
