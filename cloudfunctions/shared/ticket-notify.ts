/**
 * Who hears about a transition (subscription messages through shared/notify, after the commit):
 * the reporter when the ticket is accepted, rejected, sent back (退回重办) or resolved; the handlers of
 * the queue it lands in when it is routed there (filed, escalated, routed, sent back, reopened up a
 * level) or urged. Overdue reminders (督办) come from the sweeper as one digest per queue.
 */
import { cstMinute, HANDLER_ROLE, type Level, type Ticket, type TicketEvent } from '@lx/types';
import { notify, type SendOutcome } from './notify';
import { usersWithGrant } from './repo/users';

export const detailPage = (id: string): string => `packages/tickets/pages/detail/index?id=${id}`;

const REPORTER_PHRASE: Partial<Record<TicketEvent['action'], string>> = {
  accept: '已签收',
  reject: '不予受理',
  resolve: '已办结',
  // the refusal they were told of is overruled: their ticket is being handled again
  sendBack: '重新受理',
};

export async function notifyReporter(t: Ticket, e: TicketEvent): Promise<SendOutcome | null> {
  const phrase = REPORTER_PHRASE[e.action];
  if (!phrase || e.actorId === t.reporterId) return null;
  return notify({
    touser: t.reporterId,
    template: 'ticketProgress',
    values: [
      t.no,
      t.categoryName,
      e.action === 'resolve' && e.to === 'verifying' ? '待核查' : phrase,
      cstMinute(e.at),
      e.note ?? t.addressText,
    ],
    page: detailPage(t._id),
  });
}

/** Everyone holding the handling role on the node whose queue holds the ticket. */
export async function handlerIds(level: Level, orgId: string): Promise<string[]> {
  return (await usersWithGrant(orgId, [HANDLER_ROLE[level]])).map((u) => u._id);
}

export async function notifyHandlers(t: Ticket, phrase: string, exclude?: string): Promise<SendOutcome[]> {
  const ids = (await handlerIds(t.level, t.handlerOrgId)).filter((id) => id !== exclude);
  const out: SendOutcome[] = [];
  for (const touser of ids) {
    out.push(
      await notify({
        touser,
        template: 'ticketTask',
        values: [t.no, t.categoryName, phrase, cstMinute(t.dueAt), t.addressText],
        page: detailPage(t._id),
      }),
    );
  }
  return out;
}

const arrivedInQueue = (e: TicketEvent): boolean =>
  e.to === 'pending' &&
  (e.action === 'escalate' ||
    e.action === 'autoEscalate' ||
    e.action === 'route' ||
    e.action === 'sendBack' ||
    !!e.escalated);

const ARRIVAL_PHRASE: Partial<Record<TicketEvent['action'], string>> = { route: '新工单', sendBack: '退回重办' };

export async function afterTransition(t: Ticket, e: TicketEvent, _now: number): Promise<void> {
  await notifyReporter(t, e);
  if (arrivedInQueue(e)) await notifyHandlers(t, ARRIVAL_PHRASE[e.action] ?? '上级交办', e.actorId);
  else if (e.action === 'urge') await notifyHandlers(t, e.byReporter ? '居民催办' : '督办', e.actorId);
}
