/**
 * A refusal under its row (退回 a registration, 撤销 a member, 退回 a wish): the shared ReasonForm in
 * the staff pages' look (a red confirm beside 取消); the row's list reloads when it went through.
 */
import { ReasonForm, type ReasonFormProps } from '@/components/ReasonForm';

export type StaffReasonFormProps<T> = Omit<ReasonFormProps<T>, 'className' | 'actionsClassName' | 'confirmType'> & {
  onCancel: () => void;
};

export function StaffReasonForm<T>(p: StaffReasonFormProps<T>) {
  return (
    <ReasonForm
      {...p}
      className="lx-party-staff__reason"
      actionsClassName="lx-party-staff__actions"
      confirmType="danger"
    />
  );
}
