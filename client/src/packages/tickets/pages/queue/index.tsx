/**
 * 工单队列 of a handling level: 网格工单 for grid workers, 社区工单 for community staff, 街道工单 for
 * street staff (`?role=`; by default the first handling role the user holds). Tabs 待签收 / 处理中 /
 * 即将超期 / 已超期 / 已办结 with their counts, and the time left on every open ticket. Open tabs list
 * 紧急 first, then the soonest deadline (the server's order); 搜索 and 筛选 narrow the list.
 */
import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro';
import { type HandlerRole, type Me, QUEUE_TAB_LABELS, QUEUE_TABS, type QueueTab } from '@lx/types';
import { Segments } from '@/components/Segments';
import { EmptyView, ErrorView, LoadingView } from '@/components/StateViews';
import { useMe } from '@/hooks/useMe';
import { usePagedList } from '@/hooks/usePagedList';
import { useRemote } from '@/hooks/useRemote';
import { useShowAgain } from '@/hooks/useShowAgain';
import { callCloud } from '@/services/cloud';
import { go, PAGES } from '@/utils/nav';
import { filterPayload, type QueueFilter, QueueFilters } from '../../components/QueueFilters';
import { TicketList } from '../../components/TicketList';
import { useGridBuildings } from '../../hooks/useGridBuildings';
import { useNow } from '../../hooks/useNow';
import { QUEUE_EMPTY, QUEUE_TITLES, queueRole } from '../../queue';
import '../../tickets.scss';
import { withPageRoot } from '@/components/PageRoot';

/** Someone who works in several grids (or communities) can look at one at a time. */
function ScopeChips(props: {
  scopes: { orgId: string; orgName: string }[];
  value?: string;
  onChange: (id?: string) => void;
}) {
  if (props.scopes.length < 2) return null;
  const items = [{ orgId: '', orgName: '全部' }, ...props.scopes];
  return (
    <View className="lx-scope lx-chips" role="radiogroup" aria-label="范围">
      {items.map((s) => (
        <View
          key={s.orgId}
          role="radio"
          aria-checked={(props.value ?? '') === s.orgId}
          className={`lx-chip ${(props.value ?? '') === s.orgId ? 'lx-chip--active' : ''}`}
          onClick={() => props.onChange(s.orgId || undefined)}
        >
          {s.orgName}
        </View>
      ))}
    </View>
  );
}

function Queue(props: { role: HandlerRole; scopes: Me['roles']; tab?: QueueTab }) {
  const { role, scopes } = props;
  const [tab, setTab] = useState<QueueTab>(props.tab ?? 'pending');
  const [orgId, setOrgId] = useState<string>();
  const [filter, setFilter] = useState<QueueFilter>({});
  const now = useNow();
  const categories = useRemote(() => callCloud('tickets', 'categories', {}), []);
  // 按楼栋筛选: a grid worker's buildings, of the one grid in view
  const grid =
    role === 'gridWorker' ? (scopes.length === 1 ? scopes[0] : scopes.find((s) => s.orgId === orgId)) : undefined;
  const buildings = useGridBuildings(grid);
  const list = usePagedList(
    (cursor) =>
      callCloud('tickets', 'queue', { tab, role, ...(orgId ? { orgId } : {}), ...filterPayload(filter), cursor }),
    [tab, role, orgId, filter],
  );
  const narrowed = Object.keys(filterPayload(filter)).length > 0;
  usePullDownRefresh(() => {
    void list.refresh().finally(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => void list.loadMore());
  useShowAgain(() => void list.refresh());

  const counts = list.extra?.counts;
  return (
    <View className="lx-page lx-page--list">
      <Segments
        dense
        items={QUEUE_TABS.map((key) => ({
          key,
          label: QUEUE_TAB_LABELS[key],
          count: counts?.[key],
          alert: key === 'overdue',
        }))}
        value={tab}
        onChange={setTab}
      />
      <ScopeChips scopes={scopes} value={orgId} onChange={setOrgId} />
      <QueueFilters value={filter} onChange={setFilter} categories={categories.data} buildings={buildings.data} />
      {role === 'gridWorker' ? (
        <View className="lx-queue-bar">
          <Text className="lx-queue-bar__text">巡查、走访发现问题？</Text>
          <Text className="lx-queue-bar__link" onClick={() => go(PAGES.proxyFile)}>
            代居民上报 ›
          </Text>
        </View>
      ) : null}
      <TicketList
        list={list}
        emptyText={narrowed ? '没有符合条件的工单' : QUEUE_EMPTY[tab]}
        emptyHint={narrowed ? '换个关键词，或把筛选改回“全部”' : undefined}
        showDue={tab !== 'done'}
        now={now}
      />
    </View>
  );
}

function QueuePage() {
  const { role: asked, tab } = useRouter().params;
  const { me, error, loading, reload } = useMe();
  const role = queueRole(me, asked);
  useEffect(() => {
    if (role) void Taro.setNavigationBarTitle({ title: QUEUE_TITLES[role] });
  }, [role]);

  if (loading) return <LoadingView />;
  if (!me) return <ErrorView error={error} onRetry={() => void reload()} />;
  if (!role) return <EmptyView text="您没有需要处理的工单" hint="工单由网格员、社区和街道工作人员办理" />;
  // 首页's counts open the tab they count (?tab=overdue)
  const opened = (QUEUE_TABS as readonly string[]).includes(tab ?? '') ? (tab as QueueTab) : undefined;
  return <Queue role={role} scopes={me.roles.filter((r) => r.role === role)} tab={opened} />;
}

export default withPageRoot(QueuePage);
