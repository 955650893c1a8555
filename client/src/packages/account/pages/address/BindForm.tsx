/**
 * After the cascade: the chosen building, an optional room number and 保存住址, checked with the
 * cloud function's own schema (BindAddressPayload) so the messages are the server's.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { BindAddressPayload, type Me, type PayloadIn } from '@lx/types';
import type { PickedOrg } from '@/components/OrgCascader';
import { TextInput } from '@/components/TextField';
import type { CloudResult } from '@/services/cloud';
import { fieldErrors } from '@/utils/form';
import { toast } from '@/utils/nav';

export interface BindFormProps {
  building: PickedOrg;
  initialRoom?: string;
  save: (payload: PayloadIn<'org', 'bindAddress'>) => Promise<CloudResult<Me>>;
  onSaved: (me: Me) => void;
  onRechoose: () => void;
}

export function BindForm({ building, initialRoom, save, onSaved, onRechoose }: BindFormProps) {
  const [room, setRoom] = useState(initialRoom ?? '');
  const [roomError, setRoomError] = useState('');
  const [saving, setSaving] = useState(false);

  const onSave = async () => {
    if (saving) return;
    const parsed = BindAddressPayload.safeParse({
      buildingId: building.id,
      ...(room.trim() ? { room: room.trim() } : {}),
    });
    if (!parsed.success) {
      const errs = fieldErrors(parsed.error.issues);
      setRoomError(errs.room ?? '');
      toast(Object.values(errs)[0] ?? '填写的内容有误');
      return;
    }
    setSaving(true);
    const res = await save(parsed.data);
    setSaving(false);
    if (res.ok) return onSaved(res.data);
    setRoomError(res.fields?.room ?? '');
    toast(res.message);
  };

  return (
    <View className="lx-card">
      <Text className="lx-card__label">已选择</Text>
      <Text className="lx-card__title">{building.text}</Text>
      <View className="lx-field">
        <Text className="lx-field__label">
          门牌号<Text className="lx-field__optional">（选填）</Text>
        </Text>
        <TextInput
          label="门牌号"
          value={room}
          maxlength={20}
          placeholder="例如：2单元501"
          onInput={(e) => {
            setRoom(e.detail.value);
            setRoomError('');
          }}
        />
        {roomError ? <Text className="lx-field__error">{roomError}</Text> : null}
      </View>
      <Button
        className="lx-big-button"
        type="primary"
        size="large"
        block
        disabled={saving}
        onClick={() => void onSave()}
      >
        {saving ? '正在保存…' : '保存住址'}
      </Button>
      <Text className="lx-link" onClick={onRechoose}>
        重新选择楼栋
      </Text>
    </View>
  );
}
