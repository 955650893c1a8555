/** A note with optional or required photos: 不予受理, 添加进展, 上报上级, 办结, 问题没有解决. */
import { Text, View } from '@tarojs/components';
import { withPhrase } from '@lx/types';
import { Field, NoteField } from '@/components/Field';
import { FieldError } from '@/components/FieldError';
import { PhotoPicker } from '@/components/PhotoPicker';
import { type Upload, usePhotos } from '@/hooks/usePhotos';
import { useZodForm } from '@/hooks/useZodForm';
import { noteSchema } from '../forms';
import type { NoteSpec } from '../panel';
import { FormButtons } from './FormButtons';
import './note-form.scss';

export const NOTE_MAX = 500;

interface Props {
  spec: NoteSpec;
  upload: Upload;
  busy: boolean;
  onSubmit: (input: { note: string; photos: string[] }) => void;
  onCancel: () => void;
}

export function NoteForm({ spec, upload, busy, onSubmit, onCancel }: Props) {
  // a photo just added answers "请上传…": the old message must not linger under it
  const photos = usePhotos(upload, { onChange: () => form.setErrors({}) });
  const form = useZodForm(noteSchema(spec), {
    initial: { note: '' },
    toInput: (v) => ({ ...v, photos: photos.fileIDs }),
    oneLine: true,
  });
  const uploading = photos.uploading > 0;
  const submit = form.submit((input) => onSubmit(input));

  return (
    <View className="lx-sheet" role="form" aria-label={spec.title}>
      <Text className="lx-sheet__title">{spec.title}</Text>
      {/* the panel's own hint style: a rule to know before sending */}
      {spec.hint ? <Text className="lx-actions__hint">{spec.hint}</Text> : null}
      <NoteField
        label={spec.noteLabel}
        optional={!spec.noteRequired}
        value={form.values.note}
        placeholder={spec.placeholder}
        maxLength={NOTE_MAX}
        onChange={(v) => form.set('note', v)}
      />
      {spec.phrases?.length ? (
        <View className="lx-chips lx-phrases" role="group" aria-label="常用语">
          {spec.phrases.map((p) => (
            <View
              key={p}
              className="lx-chip lx-phrase"
              role="button"
              onClick={() => form.set('note', withPhrase(form.values.note, p))}
            >
              {p}
            </View>
          ))}
        </View>
      ) : null}
      {spec.photos !== 'none' ? (
        <Field label={spec.photosLabel} optional={spec.photos === 'required' ? '（必传）' : '（选填）'}>
          <PhotoPicker photos={photos} />
        </Field>
      ) : null}
      <FieldError text={form.error} />
      <FormButtons
        submitLabel={spec.submitLabel}
        busy={busy || uploading}
        busyLabel={uploading ? '照片上传中…' : '正在提交…'}
        onSubmit={() => void (busy || uploading ? undefined : submit())}
        onCancel={onCancel}
      />
    </View>
  );
}
