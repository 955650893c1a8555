/**
 * The member's details as 报到 and 再次报到 both ask them: 姓名, 手机号码, 工作单位, 所在党组织 and
 * 党员类型 (在职 / 离退休 / 流动). The form (and its schema) is the caller's.
 */
import type { MembershipType } from '@lx/types';
import { ChipGroup } from '@/components/ChipGroup';
import { Field } from '@/components/Field';
import { TextInput } from '@/components/TextField';
import type { ZodForm } from '@/hooks/useZodForm';
import { MEMBERSHIP_OPTIONS } from '../views';

export interface DetailsValues {
  name: string;
  phone: string;
  workUnit: string;
  partyOrg: string;
  type: MembershipType | '';
}

type Form = Pick<ZodForm<DetailsValues, unknown>, 'values' | 'set' | 'errors'>;
type TextKey = Exclude<keyof DetailsValues, 'type'>;

const TEXTS: { key: TextKey; label: string; placeholder: string; max: number; number?: boolean }[] = [
  { key: 'name', label: '姓名', placeholder: '您的真实姓名', max: 20 },
  { key: 'phone', label: '手机号码', placeholder: '11 位手机号码', max: 11, number: true },
  { key: 'workUnit', label: '工作单位', placeholder: '离退休的填原单位', max: 60 },
  { key: 'partyOrg', label: '所在党组织', placeholder: '例如：某某公司第一党支部', max: 60 },
];

export function DetailsFields({ form }: { form: Form }) {
  return (
    <>
      {TEXTS.map((t) => (
        <Field key={t.key} label={t.label} error={form.errors[t.key]}>
          <TextInput
            label={t.label}
            type={t.number ? 'number' : 'text'}
            placeholder={t.placeholder}
            maxlength={t.max}
            value={form.values[t.key]}
            onInput={(e) => form.set(t.key, e.detail.value)}
          />
        </Field>
      ))}
      <Field label="党员类型" error={form.errors.type}>
        <ChipGroup
          label="党员类型"
          options={MEMBERSHIP_OPTIONS}
          value={form.values.type || undefined}
          onChange={(v) => form.set('type', v)}
        />
      </Field>
    </>
  );
}

/** The details a form starts from: an earlier registration's, else what the profile knows. */
export const detailsFrom = (
  r: Partial<Omit<DetailsValues, 'type'>> & { type?: MembershipType } = {},
): DetailsValues => ({
  name: r.name ?? '',
  phone: r.phone ?? '',
  workUnit: r.workUnit ?? '',
  partyOrg: r.partyOrg ?? '',
  type: r.type ?? '',
});
