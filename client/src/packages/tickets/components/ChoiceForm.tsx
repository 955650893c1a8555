/**
 * Picking one of a list and adding a note: 派遣部门 (街乡吹哨、部门报到: the street calls the department
 * that must come and act) and 分派网格 (the community's triage sends a ticket to the grid it belongs to).
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { TextBox } from '@/components/TextField';
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
  const [choice, setChoice] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState('');

  const submit = () => {
    if (busy) return;
    if (!choice) return setError(`请选择${choiceLabel}`);
    onSubmit({ choice, note: note.trim() });
  };

  return (
    <View className="lx-sheet" role="form" aria-label={title}>
      <Text className="lx-sheet__title">{title}</Text>
      {props.optionsState ? <Text className="lx-field__hint">{props.optionsState}</Text> : null}
      <View className="lx-chips lx-sheet__choices" role="radiogroup" aria-label={choiceLabel}>
        {options.map((d) => (
          <View
            key={d.id}
            role="radio"
            aria-checked={d.id === choice}
            className={`lx-chip ${d.id === choice ? 'lx-chip--active' : ''}`}
            onClick={() => (setChoice(d.id), setError(''))}
          >
            {d.name}
          </View>
        ))}
      </View>
      <View className="lx-field">
        <Text className="lx-field__label">
          说明<Text className="lx-field__optional">（选填）</Text>
        </Text>
        <TextBox
          label="说明"
          value={note}
          placeholder={props.notePlaceholder}
          maxLength={500}
          autoSize
          onChange={(v: string) => (setNote(v), setError(''))}
        />
      </View>
      {error ? <Text className="lx-field__error">{error}</Text> : null}
      <FormButtons submitLabel={props.submitLabel} busy={busy} onSubmit={submit} onCancel={onCancel} />
    </View>
  );
}
