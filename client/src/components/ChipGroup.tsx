/**
 * Choices as large chips: one of them (role radio) or several (role checkbox), each named by its
 * words, so screen readers say 紧急, 已选中 and the journeys find `getByRole('radio', { name })`.
 *
 * Hand-written rather than NutUI's Radio / Checkbox: those name their role through `ariaRole`, which
 * is WeChat's aria-role in weapp but reaches h5 as a literal `aria-role` attribute (rendered here:
 * `<taro-view-core aria-role="radio">`), so in the browser nothing is a radio for a screen reader or
 * a test, and no prop lets a `role` through. Their default round shape also draws NutUI icons (<i>),
 * which WeChat cannot show without plugin-html.
 */
import { View } from '@tarojs/components';

export interface ChipOption<T extends string> {
  value: T;
  label: string;
  /** a choice to take care with (紧急, 退回重办): red when chosen */
  danger?: boolean;
  /** added to this chip only (ComposeScope's whole street or community) */
  className?: string;
}

interface Common<T extends string> {
  options: readonly ChipOption<T>[];
  /** the group's name for screen readers (问题来源) */
  label?: string;
  /** the row's class; default lx-chips */
  className?: string;
  /** added to each chip: lx-chip--wide, lx-chip--small */
  chipClassName?: string;
  /** replaces the chip's classes (RatingForm's large faces) */
  classOf?: (option: ChipOption<T>, chosen: boolean) => string;
}

export type ChipGroupProps<T extends string> = Common<T> &
  (
    | { multiple?: false; value: T | undefined; onChange: (value: T) => void }
    | { multiple: true; value: readonly T[]; onToggle: (value: T) => void }
  );

function chipClass<T extends string>(o: ChipOption<T>, chosen: boolean, extra?: string) {
  const state = chosen ? (o.danger ? 'lx-chip--danger' : 'lx-chip--active') : '';
  return ['lx-chip', extra, o.className, state].filter(Boolean).join(' ');
}

export function ChipGroup<T extends string>(props: ChipGroupProps<T>) {
  const isChosen = (v: T) => (props.multiple ? props.value.includes(v) : props.value === v);
  const pick = (v: T) => (props.multiple ? props.onToggle(v) : props.onChange(v));
  return (
    <View
      className={props.className ?? 'lx-chips'}
      role={props.multiple ? 'group' : 'radiogroup'}
      {...(props.label ? { 'aria-label': props.label } : {})}
    >
      {props.options.map((o) => {
        const chosen = isChosen(o.value);
        return (
          <View
            key={o.value || 'none'}
            role={props.multiple ? 'checkbox' : 'radio'}
            aria-checked={chosen}
            className={props.classOf ? props.classOf(o, chosen) : chipClass(o, chosen, props.chipClassName)}
            onClick={() => pick(o.value)}
          >
            {o.label}
          </View>
        );
      })}
    </View>
  );
}

/** `{ id, name }` rows (grids, departments, communities) as chip options. */
export const asOptions = <T extends string>(rows: readonly { id: T; name: string }[]): ChipOption<T>[] =>
  rows.map((r) => ({ value: r.id, label: r.name }));
