/** 走访小结: what was recorded in steps 1–4, read over before the last step. */
import { Text, View } from '@tarojs/components';
import type { StepData, StepRecord } from '@lx/types';
import { formatDateTime } from '@/utils/format';
import type { VisitView } from '../api';
import { VISIT_STEPS } from '../steps';

/** A step's record in one line (the server masks notes outside the personal scope). */
export function recordWords(s: StepRecord): string {
  if (s.step === 2) {
    const d = s.data as StepData[2];
    return d.met ? `见到：${d.whom}` : '不在家';
  }
  if (s.step === 3) {
    const cs = (s.data as StepData[3]).concerns;
    return cs.length ? cs.map((c, i) => `${i + 1}. ${c.text}（${c.tag}）`).join('\n') : '住户没有提出难处';
  }
  if (s.step === 4) return (s.data as StepData[4]).help;
  return (s.data as StepData[1]).note ?? '';
}

export function Summary({ visit }: { visit: VisitView }) {
  return (
    <View className="lx-section lx-visit-summary" role="region" aria-label="走访小结">
      <View className="lx-section__head">
        <Text className="lx-section__title">走访小结</Text>
      </View>
      {visit.steps
        .filter((s) => s.step < 5)
        .map((s) => (
          <View key={s.step} className="lx-visit-summary__row">
            <Text className="lx-visit-summary__step">{VISIT_STEPS[s.step - 1].title}</Text>
            <Text className="lx-visit-summary__meta">{formatDateTime(s.at)}</Text>
            {recordWords(s) ? <Text className="lx-visit-summary__text">{recordWords(s)}</Text> : null}
          </View>
        ))}
    </View>
  );
}
