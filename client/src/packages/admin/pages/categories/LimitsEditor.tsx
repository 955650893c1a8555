/**
 * One category's time limits: 一般 / 紧急 × 网格 / 社区 / 街道, each a number and its unit. Checked with
 * saveCategory's own schema; open tickets keep the deadlines they were given.
 */
import { Input, Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { type Category, LEVEL_LABELS, LEVELS, type LimitUnit, SaveCategoryPayload, type TimeLimit } from '@lx/types';
import { ChipGroup } from '@/components/ChipGroup';
import { FieldError } from '@/components/FieldError';
import { labelProps } from '@/components/TextField';
import { useZodForm } from '@/hooks/useZodForm';
import { callCloud } from '@/services/cloud';
import { toast } from '@/utils/nav';

/** short unit names: three chips and a number must fit on one line at 375 px */
const UNITS = (['hours', 'days', 'workdays'] as const).map((u) => ({
  value: u,
  label: { hours: '小时', days: '天', workdays: '工作日' }[u],
}));
const URGENCY_NAMES = { normal: '一般', urgent: '紧急' } as const;

type Limits = Category['limits'];
type Urgency = keyof typeof URGENCY_NAMES;
type Level = (typeof LEVELS)[number];

const withLimit = (l: Limits, u: Urgency, lv: Level, next: Partial<TimeLimit>): Limits => ({
  ...l,
  [u]: { ...l[u], [lv]: { ...l[u][lv], ...next } },
});

export function LimitsEditor({ cat, onSaved }: { cat: Category; onSaved: () => void }) {
  const form = useZodForm(SaveCategoryPayload, {
    initial: { limits: cat.limits },
    toInput: (v) => ({ id: cat._id, limits: v.limits }),
    toastInvalid: true,
  });
  const { limits } = form.values;
  const change = (u: Urgency, lv: Level, next: Partial<TimeLimit>) =>
    form.set('limits', withLimit(limits, u, lv, next));
  const save = form.submit(async (payload) => {
    const res = await callCloud('admin', 'saveCategory', payload);
    if (!res.ok) return toast(res.message);
    toast('时限已保存，新诉求按新时限计算');
    onSaved();
  });

  return (
    <View className="lx-form">
      {(['normal', 'urgent'] as const).map((u) => (
        <View key={u} className="lx-field">
          <Text className="lx-field__label">{URGENCY_NAMES[u]}</Text>
          {LEVELS.map((lv) => (
            <View key={lv} className="lx-limit">
              <Text className="lx-limit__label">{LEVEL_LABELS[lv]}</Text>
              <Input
                className="lx-limit__input"
                type="digit"
                value={String(limits[u][lv].value)}
                {...labelProps(`${URGENCY_NAMES[u]}${LEVEL_LABELS[lv]}时限`)}
                onInput={(e) => change(u, lv, { value: Number(e.detail.value) || 0 })}
              />
              <ChipGroup<LimitUnit>
                className="lx-limit__units"
                label={`${URGENCY_NAMES[u]}${LEVEL_LABELS[lv]}时限单位`}
                options={UNITS}
                value={limits[u][lv].unit}
                onChange={(unit) => change(u, lv, { unit })}
              />
            </View>
          ))}
        </View>
      ))}
      <FieldError text={form.errors.limits} />
      <Button block type="primary" size="large" loading={form.submitting} onClick={() => void save()}>
        保存时限
      </Button>
    </View>
  );
}
