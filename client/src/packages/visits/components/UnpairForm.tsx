/** 解除结对 under its row: the reason is asked for (the pairing stays in the history with it). */
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { UnpairPayload } from '@lx/types';
import { FieldError } from '@/components/FieldError';
import { NoteField } from '@/components/Field';
import { useZodForm } from '@/hooks/useZodForm';
import { toast } from '@/utils/nav';
import { unpair } from '../api';

export function UnpairForm({
  pairingId,
  onDone,
  onCancel,
}: {
  pairingId: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const form = useZodForm(UnpairPayload, { initial: { pairingId, reason: '' } });
  const send = form.submit(async (data) => {
    const res = await unpair(data);
    if (!res.ok) return toast(res.message);
    toast('已解除结对');
    onDone();
  });
  return (
    <View className="lx-visit-unpair">
      <NoteField
        label="解除原因"
        value={form.values.reason}
        placeholder="例如：住户已搬走、走访人调离"
        maxLength={200}
        onChange={(v) => form.set('reason', v)}
      />
      <FieldError text={form.errors.reason} />
      <View className="lx-visit-unpair__actions">
        <Button type="primary" size="large" loading={form.submitting} onClick={() => void send()}>
          确认解除
        </Button>
        <Button type="default" size="large" onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  );
}
