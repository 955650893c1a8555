import { render, screen } from '@testing-library/react';
import { TICKET_STATUS_LABELS, TICKET_STATUSES, type TicketStatus } from '@lx/types';
import { StatusTag, UrgentTag } from './StatusTag';

/** The spec: waiting is warm, working blue, finished green, refused grey. */
const SPEC: Record<string, TicketStatus[]> = {
  warn: ['pending'],
  info: ['processing', 'verifying'],
  ok: ['resolved', 'closed'],
  muted: ['rejected'],
};
const EXPECTED_TONE = Object.fromEntries(
  Object.entries(SPEC).flatMap(([tone, statuses]) => statuses.map((s) => [s, tone])),
) as Record<TicketStatus, string>;

const tagOf = (text: string) => screen.getByText(text).closest('.nut-tag');

describe('StatusTag', () => {
  it('the spec covers every status there is', () => {
    expect(Object.keys(EXPECTED_TONE).sort()).toEqual([...TICKET_STATUSES].sort());
  });

  it.each(TICKET_STATUSES)('shows %s with its Chinese label and its tone', (status) => {
    render(<StatusTag status={status} />);
    const tag = tagOf(TICKET_STATUS_LABELS[status]);
    expect(tag).toBeTruthy();
    expect(tag!.className).toContain(`lx-tag--${EXPECTED_TONE[status]}`);
  });

  it('reads 待签收 for a new ticket and 不予受理 for a refused one', () => {
    render(<StatusTag status="pending" />);
    render(<StatusTag status="rejected" />);
    expect(screen.getByText('待签收')).toBeTruthy();
    expect(screen.getByText('不予受理')).toBeTruthy();
  });

  it('marks urgent tickets 紧急', () => {
    render(<UrgentTag />);
    expect(tagOf('紧急')!.className).toContain('lx-tag--danger');
  });
});
