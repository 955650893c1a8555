import { Text } from '@tarojs/components';
import { TICKET_STATUS_LABELS, type TicketStatus } from '@lx/types';

/** Waiting statuses are warm, working ones blue, finished ones green, refused grey. */
const TONE: Record<TicketStatus, string> = {
  pending: 'warn',
  processing: 'info',
  verifying: 'info',
  resolved: 'ok',
  closed: 'ok',
  rejected: 'muted',
};

export function StatusTag({ status }: { status: TicketStatus }) {
  return <Text className={`lx-tag lx-tag--${TONE[status]}`}>{TICKET_STATUS_LABELS[status]}</Text>;
}

export function UrgentTag() {
  return <Text className="lx-tag lx-tag--danger">紧急</Text>;
}
