/** 走访小结: what was recorded in steps 1–4, read over before the last step. */
import { Text, View } from '@tarojs/components';
import { formatDateTime } from '@/utils/format';
import type { VisitDetail } from '../api';
import { VISIT_STEPS } from '../steps';

export function Summary({ visit }: { visit: VisitDetail }) {
  return (
    <View className="lx-section lx-visit-summary" aria-label="走访小结">
      <View className="lx-section__head">
        <Text className="lx-section__title">走访小结</Text>
      </View>
      {visit.steps
        .filter((s) => s.n < 5)
        .map((s) => (
          <View key={s.n} className="lx-visit-summary__row">
            <Text className="lx-visit-summary__step">{VISIT_STEPS[s.n - 1].title}</Text>
            <Text className="lx-visit-summary__meta">
              {formatDateTime(s.at)} · {s.byName}
            </Text>
            {s.summary ? <Text className="lx-visit-summary__text">{s.summary}</Text> : null}
          </View>
        ))}
      {visit.concerns.length ? null : <Text className="lx-visit-summary__text">住户没有提出难处</Text>}
    </View>
  );
}
