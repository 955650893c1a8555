/**
 * One tag's rule (独居老人 → 每 30 天): what is set now, and the periods to choose; 保存 appears once the
 * choice differs. One rule per community and tag (keyRuleId), so saving again changes it.
 */
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { type HouseholdTag, type KeyRule, SaveKeyRulePayload } from '@lx/types';
import { ChipGroup } from '@/components/ChipGroup';
import { FieldError } from '@/components/FieldError';
import { useZodForm } from '@/hooks/useZodForm';
import { toast } from '@/utils/nav';
import { saveKeyRule } from '../api';
import { PERIOD_OPTIONS } from '../plans';

export function KeyRuleRow(p: {
  communityId: string;
  tag: HouseholdTag;
  rule: KeyRule | undefined;
  onSaved: (rule: KeyRule) => void;
}) {
  const form = useZodForm(SaveKeyRulePayload, {
    initial: { communityId: p.communityId, tag: p.tag, everyDays: p.rule?.everyDays ?? 0 },
    oneLine: true,
  });
  const changed = form.values.everyDays > 0 && form.values.everyDays !== p.rule?.everyDays;
  const send = form.submit(async (data) => {
    const res = await saveKeyRule(data);
    if (!res.ok) return toast(res.message);
    toast(`已保存：${p.tag}每 ${res.data.everyDays} 天走访一次`);
    p.onSaved(res.data);
  });
  return (
    <View className="lx-section lx-visit-rule" role="group" aria-label={p.tag}>
      <View className="lx-visit-rule__head">
        <Text className="lx-section__title">{p.tag}</Text>
        <Text className={`lx-visit-rule__now ${p.rule?.active ? 'lx-visit-rule__now--on' : ''}`}>
          {p.rule?.active ? `每 ${p.rule.everyDays} 天走访一次` : '未设置'}
        </Text>
      </View>
      <ChipGroup
        label={`${p.tag}的走访周期`}
        options={PERIOD_OPTIONS}
        value={form.values.everyDays ? String(form.values.everyDays) : undefined}
        onChange={(v) => form.set('everyDays', Number(v))}
      />
      <FieldError text={form.error} />
      {changed ? (
        <Button type="primary" size="large" block loading={form.submitting} onClick={() => void send()}>
          保存{p.tag}的周期
        </Button>
      ) : null}
    </View>
  );
}
