/**
 * 首页 for staff at work (the working role chosen under 我的): their work first, not a resident's
 * 我要反映. Handlers see their queue's counts with 已超期 first and the overdue tickets themselves
 * (tickets.queue's 已超期 tab: 紧急 first, then the most overdue), supervisors their 督办看板's overdue
 * count and rows (tickets.board); every staff role has a way into its list and into 我经手的.
 * Residents and party members keep the resident home (pages/home).
 */
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import {
  HANDLER_ROLES,
  type HandlerRole,
  type Me,
  QUEUE_TAB_LABELS,
  type QueueTab,
  ROLE_LABELS,
  type Role,
  type TicketSummary,
} from '@lx/types';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { TicketRow } from '@/components/TicketRow';
import { type Remote, useRemote } from '@/hooks/useRemote';
import { useShowAgain } from '@/hooks/useShowAgain';
import { callCloud } from '@/services/cloud';
import { greeting } from '@/utils/format';
import { go, PAGES, queueUrl, ticketUrl } from '@/utils/nav';
import './staff-home.scss';

/** The queue's name for each handling level (packages/tickets/queue.ts keeps the same words). */
const QUEUE_NAMES: Record<HandlerRole, string> = {
  gridWorker: '网格工单',
  communityStaff: '社区工单',
  streetStaff: '街道工单',
};
/** 已超期 first: what is late is what to do first. */
const COUNTED: QueueTab[] = ['overdue', 'pending', 'processing', 'dueSoon'];
const FIRST_ROWS = 3;

const isHandler = (r: Role): r is HandlerRole => (HANDLER_ROLES as readonly Role[]).includes(r);

/** The staff roles that open on their work (admins too: their 我经手的 and 管理). */
export const STAFF_HOME_ROLES: readonly Role[] = [...HANDLER_ROLES, 'supervisor', 'admin'];

function Rows(props: { items: TicketSummary[]; empty: string; now: number }) {
  if (!props.items.length) return <Text className="lx-card__text">{props.empty}</Text>;
  return (
    <View>
      {props.items.slice(0, FIRST_ROWS).map((t) => (
        <TicketRow key={t.id} ticket={t} showDue now={props.now} onClick={() => go(ticketUrl(t.id))} />
      ))}
    </View>
  );
}

function Counts(props: { counts: Partial<Record<QueueTab, number>>; role: HandlerRole }) {
  return (
    <View className="lx-staff-counts" role="list" aria-label="工单数量">
      {COUNTED.map((tab) => (
        <View
          key={tab}
          role="listitem"
          className={`lx-staff-count ${tab === 'overdue' && props.counts[tab] ? 'lx-staff-count--alert' : ''}`}
          onClick={() => go(`${queueUrl(props.role)}&tab=${tab}`)}
        >
          <Text className="lx-staff-count__n">{props.counts[tab] ?? 0}</Text>
          <Text className="lx-staff-count__label">{QUEUE_TAB_LABELS[tab]}</Text>
        </View>
      ))}
    </View>
  );
}

function body<T>(r: Remote<T>, ready: (d: T) => ReactNode): ReactNode {
  if (r.loading && !r.data) return <LoadingView />;
  if (!r.data) return <ErrorView error={r.error} onRetry={() => void r.reload()} />;
  return ready(r.data);
}

function QueueCard({ role, now }: { role: HandlerRole; now: number }) {
  const queue = useRemote(() => callCloud('tickets', 'queue', { tab: 'overdue', role }), [role]);
  useShowAgain(() => void queue.reload());
  return (
    <View className="lx-card lx-staff-card">
      <View className="lx-card__row" onClick={() => go(queueUrl(role))}>
        <Text className="lx-card__title">{QUEUE_NAMES[role]}</Text>
        <Text className="lx-card__more">去处理 ›</Text>
      </View>
      {body(queue, (d) => (
        <>
          <Counts counts={d.counts} role={role} />
          <Text className="lx-card__label">已超期的工单</Text>
          <Rows items={d.items} empty="没有超期的工单" now={now} />
        </>
      ))}
    </View>
  );
}

function BoardCard({ now }: { now: number }) {
  const board = useRemote(() => callCloud('tickets', 'board', { view: 'overdue' }), []);
  useShowAgain(() => void board.reload());
  return (
    <View className="lx-card lx-staff-card">
      <View className="lx-card__row" onClick={() => go(PAGES.board)}>
        <Text className="lx-card__title">督办看板</Text>
        <Text className="lx-card__more">去督办 ›</Text>
      </View>
      {body(board, (d) => (
        <>
          <Text className="lx-card__text">
            辖区内已超期 <Text className="lx-count">{d.counts.total}</Text> 件
          </Text>
          <Rows items={d.items} empty="辖区内没有超期的工单" now={now} />
        </>
      ))}
    </View>
  );
}

function Link(props: { title: string; hint: string; url: string }) {
  return (
    <View className="lx-entry" hoverClass="lx-row--pressed" onClick={() => go(props.url)}>
      <View className="lx-entry__body">
        <Text className="lx-entry__title">{props.title}</Text>
        <Text className="lx-entry__hint">{props.hint}</Text>
      </View>
      <Text className="lx-entry__arrow">›</Text>
    </View>
  );
}

export interface StaffHomeProps {
  me: Me;
  /** the working role and node (useActiveRole) */
  role: Role;
  orgName?: string;
  now?: number;
  /** what the page adds under the work (a grid worker's 我的网格 figures) */
  children?: ReactNode;
}

export function StaffHome({ me, role, orgName, now = Date.now(), children }: StaffHomeProps) {
  return (
    <View className="lx-staff-home">
      <View className="lx-hello">
        <Text className="lx-hello__title">
          {greeting()}，{me.nickname}
        </Text>
        <Text className="lx-hello__text">
          {ROLE_LABELS[role]}
          {orgName ? ` · ${orgName}` : ''}
        </Text>
      </View>
      {isHandler(role) ? <QueueCard role={role} now={now} /> : null}
      {role === 'supervisor' ? <BoardCard now={now} /> : null}
      {children}
      <Link title="我经手的" hint="签收、上报、分派、办结、代办过的工单和它们现在的状态" url={PAGES.handled} />
      {role === 'gridWorker' ? (
        <Link title="代居民上报" hint="巡查、走访、电话中发现的问题" url={PAGES.proxyFile} />
      ) : null}
      {role === 'admin' ? <Link title="管理" hint="组织架构、邀请、类别时限和节假日" url={PAGES.admin} /> : null}
    </View>
  );
}
