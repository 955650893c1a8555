/** A note with optional or required photos: 不予受理, 添加进展, 上报上级, 办结, 问题没有解决. */
import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { TextBox } from '@/components/TextField';
import { checkNote, type NoteSpec } from '../panel';
import { type Upload, usePhotos } from '../hooks/usePhotos';
import { FormButtons } from './FormButtons';
import { PhotoPicker } from './PhotoPicker';

export const NOTE_MAX = 500;

interface Props {
  spec: NoteSpec;
  upload: Upload;
  busy: boolean;
  onSubmit: (input: { note: string; photos: string[] }) => void;
  onCancel: () => void;
}

export function NoteForm({ spec, upload, busy, onSubmit, onCancel }: Props) {
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const photos = usePhotos(upload);
  const photoCount = photos.photos.length;
  // a photo just added answers "请上传…": the old message must not linger under it
  useEffect(() => setError(''), [photoCount]);

  const submit = () => {
    if (busy || photos.uploading > 0) return;
    const problem = checkNote(spec, note, photos.photos.length);
    if (problem) {
      setError(problem);
      return;
    }
    setError('');
    onSubmit({ note: note.trim(), photos: photos.photos.map((p) => p.fileID) });
  };

  return (
    <View className="lx-sheet" role="form" aria-label={spec.title}>
      <Text className="lx-sheet__title">{spec.title}</Text>
      <View className="lx-field">
        <Text className="lx-field__label">
          {spec.noteLabel}
          {spec.noteRequired ? null : <Text className="lx-field__optional">（选填）</Text>}
        </Text>
        <TextBox
          label={spec.noteLabel}
          value={note}
          placeholder={spec.placeholder}
          maxLength={NOTE_MAX}
          autoSize
          onChange={(v: string) => {
            setNote(v);
            setError('');
          }}
        />
      </View>
      {spec.photos !== 'none' ? (
        <View className="lx-field">
          <Text className="lx-field__label">
            {spec.photosLabel}
            <Text className="lx-field__optional">{spec.photos === 'required' ? '（必传）' : '（选填）'}</Text>
          </Text>
          <PhotoPicker
            photos={photos.photos}
            max={photos.max}
            uploading={photos.uploading}
            onAdd={() => void photos.add()}
            onRemove={photos.remove}
          />
        </View>
      ) : null}
      {error ? <Text className="lx-field__error">{error}</Text> : null}
      <FormButtons
        submitLabel={spec.submitLabel}
        busy={busy || photos.uploading > 0}
        busyLabel={photos.uploading > 0 ? '照片上传中…' : '正在提交…'}
        onSubmit={submit}
        onCancel={onCancel}
      />
    </View>
  );
}
