/**
 * What each step asks for, one screen each, its big button at the bottom (SubmitBar: the theme's
 * large button, within a thumb's reach). Values live in the visit's draft, so nothing typed is lost
 * when the page goes away.
 */
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { CONCERN_TAGS, type CategoryOption, type Concern } from '@lx/types';
import { asOptions, ChipGroup, type ChipOption } from '@/components/ChipGroup';
import { Field } from '@/components/Field';
import { TextBox } from '@/components/TextField';
import type { DraftConcern, DraftValues, Handling } from '../draft';

const TAG_OPTIONS: readonly ChipOption<string>[] = CONCERN_TAGS.map((t) => ({ value: t, label: t }));

type Edit = (update: (v: DraftValues) => DraftValues) => void;

const WHOM: readonly ChipOption<string>[] = ['本人', '家人', '邻居', '其他'].map((m) => ({ value: m, label: m }));

/** Step 2: whom they met; 不在家 is its own button (it ends the visit) */
export function MetForm({
  values,
  edit,
  onNotHome,
  busy,
}: {
  values: DraftValues;
  edit: Edit;
  onNotHome: () => void;
  busy: boolean;
}) {
  return (
    <View>
      <Field label="见到了谁">
        <ChipGroup
          label="见到了谁"
          options={WHOM}
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
              maxLength={300}
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

/** Step 5: each concern the server recorded (by its index), handled on the spot or turned into a
 * ticket under a category the visitor picks */
export function DoneForm({
  values,
  edit,
  concerns,
  categories,
}: {
  values: DraftValues;
  edit: Edit;
  concerns: readonly Concern[];
  categories: readonly CategoryOption[];
}) {
  const pick = (k: string, how: Handling) => edit((v) => ({ ...v, handling: { ...v.handling, [k]: how } }));
  const file = (k: string, id: string) => edit((v) => ({ ...v, categories: { ...v.categories, [k]: id } }));
  return (
    <View>
      {concerns.map((c, i) => (
        <Field key={i} label={`第 ${i + 1} 件事（${c.tag}）：${c.text}`}>
          <ChipGroup
            label={`第 ${i + 1} 件事怎么办`}
            options={HANDLING}
            value={values.handling[String(i)]}
            onChange={(h) => pick(String(i), h)}
          />
          {values.handling[String(i)] === 'ticket' ? (
            <ChipGroup
              label={`第 ${i + 1} 件事的诉求类别`}
              options={asOptions(categories)}
              value={values.categories[String(i)]}
              onChange={(id) => file(String(i), id)}
              chipClassName="lx-chip--small"
            />
          ) : null}
        </Field>
      ))}
      {Object.values(values.handling).includes('spot') ? (
        <Field label="当场怎么解决的" optional="（选填）">
          <TextBox
            label="当场怎么解决的"
            value={values.doneNote}
            maxLength={300}
            autoSize
            onChange={(doneNote) => edit((v) => ({ ...v, doneNote }))}
          />
        </Field>
      ) : null}
    </View>
  );
}
