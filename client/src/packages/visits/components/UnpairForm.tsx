/** 解除结对 under its row: the reason is asked for (the pairing stays in the history with it). */
import { UnpairPayload } from '@lx/types';
import { ReasonForm } from '@/components/ReasonForm';
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
  return (
    <ReasonForm
      schema={UnpairPayload}
      fixed={{ pairingId }}
      label="解除原因"
      placeholder="例如：住户已搬走、走访人调离"
      confirm="确认解除"
      doneText="已解除结对"
      send={unpair}
      onDone={onDone}
      onCancel={onCancel}
      className="lx-visit-unpair"
      actionsClassName="lx-visit-unpair__actions"
    />
  );
}
