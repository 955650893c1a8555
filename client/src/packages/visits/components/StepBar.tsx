/**
 * Where the visit stands: NutUI's Steps across the top, one dot per step, the current one lit; the
 * double layout puts each short name centred under its dot (single crams them beside the dots).
 */
import { Step, Steps } from '@nutui/nutui-react-taro';
import { VISIT_STEPS } from '../steps';

/** `current`: the step being filled in (1…5), 6 once all five are recorded. */
export function StepBar({ current }: { current: number }) {
  return (
    <Steps className="lx-visit-steps" type="dot" layout="double" status="dynamic" value={current}>
      {VISIT_STEPS.map((s) => (
        <Step
          key={s.n}
          value={s.n}
          title={s.short}
          // the dot's state in words too, for screen readers and for colour-blind eyes
          description={s.n < current ? '已完成' : s.n === current ? '进行中' : ''}
        />
      ))}
    </Steps>
  );
}
