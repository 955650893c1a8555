/**
 * What each step asks for, one screen each, its big button at the bottom (SubmitBar: the theme's
 * large button, within a thumb's reach). Values live in the visit's draft, so nothing typed is lost
 * when the page goes away.
 */
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { CONCERN_TAGS } from '@lx/types';
import { ChipGroup, type ChipOption } from '@/components/ChipGroup';
import { Field } from '@/components/Field';
import { TextBox } from '@/components/TextField';
import type { VisitConcern } from '../api';
import type { DraftConcern, DraftValues, Handling } from '../draft';

const TAG_OPTIONS: readonly ChipOption<string>[] = CONCERN_TAGS.map((t) => ({ value: t, label: t }));

type Edit = (update: (v: DraftValues) => DraftValues) => void;

/** Step 2: whom they met; 不在家 is its own button (it ends the visit) */
export function MetForm({
  values,
  edit,
  members,
  onNotHome,
  busy,
}: {
  values: DraftValues;
  edit: Edit;
  members: readonly string[];
  onNotHome: () => void;
  busy: boolean;
}) {
  const options = [...members, '家人', '其他'].map((m) => ({ value: m, label: m }));
  return (
    <View>
      <Field label="见到了谁">
        <ChipGroup
          label="见到了谁"
          options={options}
          value={values.met || undefined}
          onChange={(met) => edit((v) => ({ ...v, met }))}
        />
      </Field>
      <Button
        className="lx-visit-nothome"
        block
        size="xlarge"
        fill="outline"
        type="primary"
        disabled={busy}
        onClick={onNotHome}
      >
        不在家
      </Button>
      <Text className="lx-field__hint">点「不在家」本次走访结束，系统会安排改天再来</Text>
    </View>
  );
}

let seq = 0;
const newConcern = (): DraftConcern => ({ key: `c${Date.now().toString(36)}${++seq}`, text: '', tag: '' });

/** Step 3: the concerns heard, each with its tag; none is a valid answer (没有难处) */
export function HearForm({ values, edit }: { values: DraftValues; edit: Edit }) {
  const change = (key: string, patch: Partial<DraftConcern>) =>
    edit((v) => ({ ...v, concerns: v.concerns.map((c) => (c.key === key ? { ...c, ...patch } : c)) }));
  return (
    <View>
      {values.concerns.map((c, i) => (
        <View key={c.key} className="lx-visit-concern">
          <Field label={`第 ${i + 1} 件事`}>
            <TextBox
              label={`第 ${i + 1} 件事`}
              value={c.text}
              maxLength={500}
              autoSize
              placeholder="住户说的难处、心愿或意见"
              onChange={(text) => change(c.key, { text })}
            />
            <ChipGroup
              label={`第 ${i + 1} 件事的类别`}
              options={TAG_OPTIONS}
              value={c.tag || undefined}
              onChange={(tag) => change(c.key, { tag })}
              chipClassName="lx-chip--small"
            />
          </Field>
          <Text
            className="lx-visit-concern__remove"
            onClick={() => edit((v) => ({ ...v, concerns: v.concerns.filter((x) => x.key !== c.key) }))}
          >
            删除这件事
          </Text>
        </View>
      ))}
      <Button
        block
        size="large"
        fill="outline"
        onClick={() => edit((v) => ({ ...v, concerns: [...v.concerns, newConcern()] }))}
      >
        {values.concerns.length ? '再记一件事' : '记一件事'}
      </Button>
      {!values.concerns.length ? <Text className="lx-field__hint">住户没有难处，直接点下一步</Text> : null}
    </View>
  );
}

/** Step 4: what was given */
export function WarmForm({ values, edit }: { values: DraftValues; edit: Edit }) {
  return (
    <Field label="做了什么">
      <TextBox
        label="做了什么"
        value={values.warmth}
        maxLength={500}
        autoSize
        placeholder="例如：讲解了高龄津贴怎么申请，帮忙预约了体检"
        onChange={(warmth) => edit((v) => ({ ...v, warmth }))}
      />
    </Field>
  );
}

const HANDLING: readonly ChipOption<Handling>[] = [
  { value: 'spot', label: '当场解决' },
  { value: 'ticket', label: '转为诉求' },
];

/** Step 5: each concern the server recorded, handled on the spot or turned into a ticket */
export function DoneForm({
  values,
  edit,
  concerns,
}: {
  values: DraftValues;
  edit: Edit;
  concerns: readonly VisitConcern[];
}) {
  const pick = (id: string, how: Handling) => edit((v) => ({ ...v, handling: { ...v.handling, [id]: how } }));
  return (
    <View>
      {concerns.map((c, i) => (
        <Field key={c.id} label={`第 ${i + 1} 件事（${c.tag}）：${c.text}`}>
          <ChipGroup
            label={`第 ${i + 1} 件事怎么办`}
            options={HANDLING}
            value={values.handling[c.id]}
            onChange={(h) => pick(c.id, h)}
          />
        </Field>
      ))}
      {Object.values(values.handling).includes('spot') ? (
        <Field label="当场怎么解决的" optional="（选填）">
          <TextBox
            label="当场怎么解决的"
            value={values.doneNote}
            maxLength={500}
            autoSize
            onChange={(doneNote) => edit((v) => ({ ...v, doneNote }))}
          />
        </Field>
      ) : null}
    </View>
  );
}
