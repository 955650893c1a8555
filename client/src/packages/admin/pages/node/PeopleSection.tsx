/** A grid's 连心卡 people: each one's duty, name, phone and hours, added and removed in place. */
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { CARD_DUTIES } from '@lx/types';
import { ChipGroup } from '@/components/ChipGroup';
import { FieldError } from '@/components/FieldError';
import { TextInput } from '@/components/TextField';
import type { FieldErrors } from '@/utils/form';
import type { NodeForm, Person, SetField } from './nodeForm';

const MAX_PEOPLE = 12;
const DUTIES = CARD_DUTIES.map((d) => ({ value: d, label: d }));

type PersonField = 'name' | 'phone' | 'hours';
const FIELDS: { key: PersonField; label: string; placeholder: string; maxlength: number }[] = [
  { key: 'name', label: '姓名', placeholder: '姓名', maxlength: 20 },
  { key: 'phone', label: '电话', placeholder: '手机或座机（0392-1234567）', maxlength: 13 },
  { key: 'hours', label: '服务时间', placeholder: '服务时间（选填），如 工作日 8:30-17:30', maxlength: 40 },
];

/** One person: duty chips, name, phone, hours (each field named 第N位姓名 …), and 删除. */
function PersonEditor(p: {
  index: number;
  person: Person;
  errors: FieldErrors;
  onChange: (next: Person) => void;
  onRemove: () => void;
}) {
  const { person, index } = p;
  return (
    <View className="lx-person">
      <View className="lx-person__head">
        <Text className="lx-person__title">第 {index + 1} 位</Text>
        <View className="lx-link lx-person__remove" onClick={p.onRemove}>
          <Text>删除</Text>
        </View>
      </View>
      <ChipGroup
        className="lx-chips lx-person__duties"
        chipClassName="lx-chip--small"
        label={`第${index + 1}位职责`}
        options={DUTIES}
        value={person.duty}
        onChange={(duty) => p.onChange({ ...person, duty })}
      />
      {FIELDS.map((f) => (
        <View key={f.key}>
          <Text className="lx-person__label">{f.key === 'hours' ? '服务时间（选填）' : f.label}</Text>
          <TextInput
            label={`第${index + 1}位${f.label}`}
            placeholder={f.placeholder}
            maxlength={f.maxlength}
            value={person[f.key]}
            onInput={(e) => p.onChange({ ...person, [f.key]: e.detail.value })}
          />
          <FieldError text={p.errors[`responsible.${index}.${f.key}`]} />
        </View>
      ))}
    </View>
  );
}

export function PeopleSection({ people, errors, set }: { people: Person[]; errors: FieldErrors; set: SetField }) {
  const change = (next: NodeForm['people']) => set('people', next);
  const add = () => change([...people, { duty: people.length ? '网格员' : '网格长', name: '', phone: '', hours: '' }]);
  // a person's own field says what is wrong with it; the section's line is for the list as a whole
  const personal = Object.keys(errors).some((k) => k.startsWith('responsible.') && errors[k]);
  return (
    <View className="lx-section">
      <Text className="lx-section__title">连心卡负责人</Text>
      <FieldError text={personal ? undefined : errors.responsible} />
      {people.length === 0 ? <Text className="lx-admin-hint">还没有负责人，居民的连心卡上将没有联系人</Text> : null}
      {people.map((p, i) => (
        <PersonEditor
          key={i}
          index={i}
          person={p}
          errors={errors}
          onChange={(next) => change(people.map((q, j) => (j === i ? next : q)))}
          onRemove={() => change(people.filter((_, j) => j !== i))}
        />
      ))}
      {people.length < MAX_PEOPLE ? (
        <Button block fill="outline" onClick={add}>
          添加负责人
        </Button>
      ) : null}
    </View>
  );
}
