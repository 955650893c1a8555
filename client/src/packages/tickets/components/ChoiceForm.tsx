/**
 * Picking one of a list and adding a note: 派遣部门 (街乡吹哨、部门报到: the street calls the department
 * that must come and act) and 分派网格 (the community's triage sends a ticket to the grid it belongs to).
 */
import { useMemo } from 'react';
import { Text, View } from '@tarojs/components';
import { asOptions, ChipGroup } from '@/components/ChipGroup';
import { NoteField } from '@/components/Field';
import { FieldError } from '@/components/FieldError';
import { useZodForm } from '@/hooks/useZodForm';
import { choiceSchema } from '../forms';
import { FormButtons } from './FormButtons';

export interface ChoiceOption {
  id: string;
  name: string;
}

interface Props {
  title: string;
  choiceLabel: string;
  notePlaceholder: string;
  submitLabel: string;
  options: readonly ChoiceOption[];
  /** while the options load, or why they could not */
  optionsState?: string;
  busy: boolean;
  onSubmit: (input: { choice: string; note: string }) => void;
  onCancel: () => void;
}

export function ChoiceForm(props: Props) {
  const { title, choiceLabel, options, busy, onSubmit, onCancel } = props;
  const schema = useMemo(() => choiceSchema(choiceLabel), [choiceLabel]);
  const form = useZodForm(schema, { initial: { choice: '', note: '' }, oneLine: true });
  const submit = form.submit(onSubmit);

  return (
    <View className="lx-sheet" role="form" aria-label={title}>
      <Text className="lx-sheet__title">{title}</Text>
      {props.optionsState ? <Text className="lx-field__hint">{props.optionsState}</Text> : null}
      <ChipGroup
        className="lx-chips lx-sheet__choices"
        label={choiceLabel}
        options={asOptions(options)}
        value={form.values.choice}
        onChange={(v) => form.set('choice', v)}
      />
      <NoteField
        label="说明"
        optional
        value={form.values.note}
        placeholder={props.notePlaceholder}
        maxLength={500}
        onChange={(v) => form.set('note', v)}
      />
      <FieldError text={form.error} />
      <FormButtons
        submitLabel={props.submitLabel}
        busy={busy}
        onSubmit={() => void (busy ? undefined : submit())}
        onCancel={onCancel}
      />
    </View>
  );
}
