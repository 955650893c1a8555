/** 核查: the supervisor compares before and after and either passes the resolution or sends it back. */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { TextBox } from '@/components/TextField';
import { FormButtons } from './FormButtons';

interface Props {
  busy: boolean;
  onSubmit: (input: { passed: boolean; note: string }) => void;
  onCancel: () => void;
}

export function VerifyForm({ busy, onSubmit, onCancel }: Props) {
  const [pass, setPass] = useState<boolean>();
  const [note, setNote] = useState('');
  const [error, setError] = useState('');

  const submit = () => {
    if (busy) return;
    if (pass === undefined) return setError('请选择核查结果');
    if (!pass && !note.trim()) return setError('请填写退回原因');
    onSubmit({ passed: pass, note: note.trim() });
  };

  return (
    <View className="lx-sheet" role="form" aria-label="核查">
      <Text className="lx-sheet__title">核查办结结果</Text>
      <Text className="lx-field__hint">请对照上报照片和办结照片，确认问题已解决</Text>
      <View className="lx-chips lx-sheet__choices" role="radiogroup">
        <View
          role="radio"
          aria-checked={pass === true}
          className={`lx-chip lx-chip--wide ${pass === true ? 'lx-chip--active' : ''}`}
          onClick={() => (setPass(true), setError(''))}
        >
          核查通过
        </View>
        <View
          role="radio"
          aria-checked={pass === false}
          className={`lx-chip lx-chip--wide ${pass === false ? 'lx-chip--danger' : ''}`}
          onClick={() => (setPass(false), setError(''))}
        >
          退回重办
        </View>
      </View>
      <View className="lx-field">
        <Text className="lx-field__label">
          核查意见{pass === false ? null : <Text className="lx-field__optional">（选填）</Text>}
        </Text>
        <TextBox
          label="核查意见"
          value={note}
          placeholder={pass === false ? '说明哪里没有办好' : '例如：现场已恢复'}
          maxLength={500}
          autoSize
          onChange={(v: string) => (setNote(v), setError(''))}
        />
      </View>
      {error ? <Text className="lx-field__error">{error}</Text> : null}
      <FormButtons submitLabel="提交核查" busy={busy} onSubmit={submit} onCancel={onCancel} />
    </View>
  );
}
