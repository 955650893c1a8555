/**
 * 督办看板: every open ticket past its limit across the supervisor's scope, the most overdue first,
 * by the level that holds it (小事不出网格、大事不出社区 — and where it is stuck). 催办 from the row (its
 * note form opens under the row, as on the ticket's page);
 * the ticket's page has 核查 and the rest.
 */
import { Fragment, useState } from 'react';
import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { BOARD_VIEWS, LEVEL_LABELS, LEVELS, type Level, type Me } from '@lx/types';
import { withPageRoot } from '@/components/PageRoot';
import { PagedListView } from '@/components/PagedListView';
import { Segments } from '@/components/Segments';
import { EmptyView, ErrorView, LoadingView } from '@/components/StateViews';
import { hasRole, useMe } from '@/hooks/useMe';
import { usePagedList } from '@/hooks/usePagedList';
import { useRemote } from '@/hooks/useRemote';
import { useShowAgain } from '@/hooks/useShowAgain';
import { callCloud, uploadPhoto } from '@/services/cloud';
import { askSubscription } from '@/services/subscribe';
import { go, ticketUrl, toast } from '@/utils/nav';
import { BoardRow } from '../../components/BoardRow';
import { NoteForm } from '../../components/NoteForm';
import { panelButtons } from '../../panel';
import '../../tickets.scss';

type View = (typeof BOARD_VIEWS)[number];
const VIEWS: { key: View; label: string }[] = [
  { key: 'overdue', label: '超期督办' },
  { key: 'verifying', label: '待核查' },
  { key: 'rejected', label: '不予受理' },
];
const EMPTY: Record<View, { text: string; hint: string }> = {
  overdue: { text: '没有超期的工单', hint: '各级都在时限内办理' },
  verifying: { text: '没有待核查的工单', hint: '需要核查的类别办结后会出现在这里' },
  rejected: { text: '没有不予受理的工单', hint: '各级不予受理的诉求会出现在这里，可退回重办' },
};
type Filter = 'total' | Level;
const FILTERS: { key: Filter; label: string }[] = [
  { key: 'total', label: '全部' },
  ...LEVELS.map((l) => ({ key: l as Filter, label: LEVEL_LABELS[l] })),
];
/** 督办's note form: the same spec as the ticket page's 催办 (panel.ts) */
const URGE_SPEC = panelButtons(['urge'])[0].note!;

/**
 * A street supervisor can narrow the board to one community; a community supervisor's scope is one
 * community already (their grant is among the street's communities), so they get no choice.
 */
function useCommunities(me: Me) {
  const communities = useRemote(() => callCloud('org', 'children', {}), []);
  const grants = me.roles.filter((r) => r.role === 'supervisor').map((r) => r.orgId);
  const list = communities.data ?? [];
  if (list.some((c) => grants.includes(c.id))) return [];
  return list.map((c) => ({ id: c.id, name: c.name }));
}

function Board({ me }: { me: Me }) {
  const [view, setView] = useState<View>('overdue');
  const [filter, setFilter] = useState<Filter>('total');
  const [orgId, setOrgId] = useState<string>();
  const [urging, setUrging] = useState<string>();
  /** the row whose 催办 note form is open */
  const [asking, setAsking] = useState<string>();
  const communities = useCommunities(me);
  const list = usePagedList(
    (cursor) =>
      callCloud('tickets', 'board', {
        view,
        ...(filter === 'total' ? {} : { level: filter }),
        ...(orgId ? { orgId } : {}),
        cursor,
      }),
    [view, filter, orgId],
  );
  usePullDownRefresh(() => {
    void list.refresh().finally(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => void list.loadMore());
  useShowAgain(() => void list.refresh());

  const urge = async (id: string, note: string) => {
    if (urging) return;
    void askSubscription(['ticketTask']);
    setUrging(id);
    const res = await callCloud('tickets', 'urge', { id, note });
    setUrging(undefined);
    // refused (刚催办过，请在 … 后再试): the form stays, with the server's words
    toast(res.ok ? '已催办，办理人员会收到提醒' : res.message);
    if (!res.ok) return;
    setAsking(undefined);
    void list.refresh();
  };

  const counts = list.extra?.counts;
  const body = (
    <PagedListView list={list} emptyText={EMPTY[view].text} emptyHint={EMPTY[view].hint}>
      {(t) => (
        <Fragment key={t.id}>
          <BoardRow
            row={t}
            verifying={view === 'verifying'}
            rejected={view === 'rejected'}
            urging={urging === t.id}
            onOpen={() => go(ticketUrl(t.id))}
            onUrge={() => setAsking(t.id)}
          />
          {asking === t.id ? (
            <NoteForm
              spec={URGE_SPEC}
              upload={uploadPhoto}
              busy={urging === t.id}
              onSubmit={(input) => void urge(t.id, input.note)}
              onCancel={() => setAsking(undefined)}
            />
          ) : null}
        </Fragment>
      )}
    </PagedListView>
  );
  return (
    <View className="lx-page lx-page--list">
      <Segments items={VIEWS} value={view} onChange={setView} />
      <Segments
        items={FILTERS.map((f) => ({ ...f, count: counts?.[f.key], alert: view === 'overdue' }))}
        value={filter}
        onChange={setFilter}
      />
      {communities.length > 1 ? (
        <View className="lx-scope lx-chips" role="radiogroup" aria-label="社区">
          {[{ id: '', name: '全街道' }, ...communities].map((c) => (
            <View
              key={c.id}
              role="radio"
              aria-checked={(orgId ?? '') === c.id}
              className={`lx-chip ${(orgId ?? '') === c.id ? 'lx-chip--active' : ''}`}
              onClick={() => setOrgId(c.id || undefined)}
            >
              {c.name}
            </View>
          ))}
        </View>
      ) : null}
      {body}
    </View>
  );
}

function BoardPage() {
  const { me, error, loading, reload } = useMe();
  if (loading) return <LoadingView />;
  if (!me) return <ErrorView error={error} onRetry={() => void reload()} />;
  if (!hasRole(me, 'supervisor')) return <EmptyView text="督办看板只对督导员开放" />;
  return <Board me={me} />;
}

export default withPageRoot(BoardPage);
