/** The form an action's button opens (ActionPanel): a note, a rating, a 核查 or a choice. */
import type { Upload } from '@/hooks/usePhotos';
import type { ActionInput } from '../forms';
import type { PanelButton } from '../panel';
import { type ChoiceOption, ChoiceForm } from './ChoiceForm';
import { NoteForm } from './NoteForm';
import { RatingForm } from './RatingForm';
import { VerifyForm } from './VerifyForm';

interface Props {
  open: PanelButton;
  busy: boolean;
  upload: Upload;
  departments: readonly ChoiceOption[];
  grids?: { options: readonly ChoiceOption[]; state?: string };
  onSubmit: (input: ActionInput) => void;
  onCancel: () => void;
}

export function ActionForm({ open, busy, upload, departments, grids, onSubmit, onCancel }: Props) {
  if (open.form === 'rate') return <RatingForm busy={busy} onSubmit={onSubmit} onCancel={onCancel} />;
  if (open.form === 'verify') return <VerifyForm busy={busy} onSubmit={onSubmit} onCancel={onCancel} />;
  if (open.form === 'dispatch')
    return (
      <ChoiceForm
        title="派遣部门"
        choiceLabel="派遣部门"
        notePlaceholder="例如：请两日内到场处置"
        submitLabel="确认派遣"
        options={departments}
        busy={busy}
        onSubmit={onSubmit}
        onCancel={onCancel}
      />
    );
  if (open.form === 'route')
    return (
      <ChoiceForm
        title="分派网格"
        choiceLabel="网格"
        notePlaceholder="例如：该楼栋属于第三网格"
        submitLabel="确认分派"
        options={grids?.options ?? []}
        optionsState={grids?.state}
        busy={busy}
        onSubmit={onSubmit}
        onCancel={onCancel}
      />
    );
  if (open.note)
    return <NoteForm spec={open.note} upload={upload} busy={busy} onSubmit={onSubmit} onCancel={onCancel} />;
  return null;
}
