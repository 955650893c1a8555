/**
 * 首页: who I am and where I live, the big 我要反映 button, my latest tickets, and for grid workers
 * the number of tickets waiting to be accepted and their grid's figures this month (我的网格).
 */
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import type { Me, ResultOf } from '@lx/types';
import { AddressPrompt } from '@/components/AddressPrompt';
import { HomeLianxinCard } from '@/components/HomeLianxinCard';
import { HomeNoticeBar } from '@/components/HomeNoticeBar';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { TicketRow } from '@/components/TicketRow';
import { useElderMode } from '@/hooks/useElderMode';
import { StaffHome, STAFF_HOME_ROLES } from '@/components/StaffHome';
import { hasRole, useActiveRole, useMe } from '@/hooks/useMe';
import { useNoticeUnread } from '@/hooks/useNoticeUnread';
import { type Remote, useRemote } from '@/hooks/useRemote';
import { useShowAgain } from '@/hooks/useShowAgain';
import { callCloud } from '@/services/cloud';
import { greeting } from '@/utils/format';
import { go, PAGES, ticketUrl } from '@/utils/nav';
import { withPageRoot } from '@/components/PageRoot';

const LATEST = 3;

function Hello({ me }: { me: Me }) {
  return (
    <View className="lx-hello">
      <Text className="lx-hello__title">
        {greeting()}，{me.nickname}
      </Text>
      {me.address ? (
        <View className="lx-hello__address" onClick={() => go(PAGES.address)}>
          <Text className="lx-hello__label">我的住址</Text>
          <Text className="lx-hello__text">{me.address.text}</Text>
        </View>
      ) : null}
    </View>
  );
}

function GridCard({ queue }: { queue: Remote<ResultOf<'tickets', 'queue'>> }) {
  let body;
  if (queue.loading && !queue.data) body = <Text className="lx-card__text">正在加载…</Text>;
  else if (queue.error) body = <Text className="lx-card__text lx-text-error">{queue.error.message}</Text>;
  else
    body = (
      <Text className="lx-card__text">
        待签收 <Text className="lx-count">{queue.data?.counts.pending ?? 0}</Text> 件
      </Text>
    );
  return (
    <View className="lx-card lx-card--action" onClick={() => go(PAGES.queue)}>
      <View className="lx-card__row">
        <Text className="lx-card__title">网格工单</Text>
        <Text className="lx-card__more">去处理 ›</Text>
      </View>
      {body}
    </View>
  );
}

/** 我的网格: this month's figures of the grid worker's grid, read off the same dashboard as 统计看板. */
function GridStatsCard({ stats }: { stats: Remote<ResultOf<'stats', 'dashboard'>> }) {
  const d = stats.data;
  let body;
  if (stats.loading && !d) body = <Text className="lx-card__text">正在加载…</Text>;
  else if (stats.error || !d)
    body = <Text className="lx-card__text lx-text-error">{stats.error?.message ?? '加载失败'}</Text>;
  else {
    const close = d.figures.rates.closeRate;
    body = (
      <Text className="lx-card__text">
        {d.period.label}受理 {d.figures.received} 件，办结 {d.figures.resolved} 件，办结率{' '}
        {close.value === null ? '—' : `${Math.round(close.value * 1000) / 10}%`}（应办结 {close.denominator} 件）
      </Text>
    );
  }
  return (
    <View className="lx-card lx-card--action" onClick={() => go(PAGES.statsDashboard)}>
      <View className="lx-card__row">
        <Text className="lx-card__title">我的网格{d ? ` · ${d.org.name}` : ''}</Text>
        <Text className="lx-card__more">统计 ›</Text>
      </View>
      {body}
    </View>
  );
}

function LatestTickets({ latest }: { latest: Remote<ResultOf<'tickets', 'mine'>> }) {
  let body;
  if (latest.loading && !latest.data) body = <LoadingView />;
  else if (latest.error) body = <ErrorView error={latest.error} onRetry={() => void latest.reload()} />;
  else if (latest.data?.items.length)
    body = latest.data.items
      .slice(0, LATEST)
      .map((t) => <TicketRow key={t.id} ticket={t} who="resident" onClick={() => go(ticketUrl(t.id))} />);
  else
    body = (
      <View className="lx-card">
        <Text className="lx-card__text">您还没有反映过问题。</Text>
      </View>
    );
  return (
    <View className="lx-section">
      <View className="lx-section__head">
        <Text className="lx-section__title">我的反映</Text>
        <Text className="lx-section__more" onClick={() => go(PAGES.myTickets)}>
          查看全部 ›
        </Text>
      </View>
      {body}
    </View>
  );
}

function Home() {
  const elder = useElderMode();
  const { me, error, loading, reload } = useMe();
  const { active } = useActiveRole();
  const isGridWorker = hasRole(me, 'gridWorker');
  const latest = useRemote(() => callCloud('tickets', 'mine', { tab: 'all' }), [], !!me);
  // 连心卡: her grid's people and numbers, on the first page (a home bound in a grid)
  const card = useRemote(() => callCloud('org', 'card', {}), [me?.address?.buildingId], !!me?.address);
  const queue = useRemote(() => callCloud('tickets', 'queue', { tab: 'pending' }), [], isGridWorker);
  const stats = useRemote(() => callCloud('stats', 'dashboard', {}), [], isGridWorker);
  // pinned and urgent notices for the bar; also sets the 通知 tab's unread badge
  const notices = useNoticeUnread(!!me);

  // Coming back from filing a ticket or binding an address shows the new state.
  useShowAgain(() => {
    if (me) void latest.reload();
    if (me) void notices.reload();
    if (isGridWorker) void queue.reload();
    if (isGridWorker) void stats.reload();
  });
  usePullDownRefresh(() => {
    void Promise.all([
      reload(),
      me && latest.reload(),
      isGridWorker && queue.reload(),
      isGridWorker && stats.reload(),
    ]).finally(() => Taro.stopPullDownRefresh());
  });

  if (loading) return <LoadingView />;
  if (!me) return <ErrorView error={error} onRetry={() => void reload()} />;
  // staff at work open on their work (components/StaffHome.tsx); residents and party members keep this page
  if (STAFF_HOME_ROLES.includes(active.role))
    return (
      <View className="lx-page">
        <StaffHome me={me} role={active.role} orgName={active.orgName}>
          {active.role === 'gridWorker' ? <GridStatsCard stats={stats} /> : null}
        </StaffHome>
      </View>
    );

  return (
    <View className="lx-page">
      <Hello me={me} />
      <HomeNoticeBar items={notices.data?.bar ?? []} />
      {me.address ? null : <AddressPrompt />}
      <Button className="lx-big-button" type="primary" size="large" block onClick={() => go(PAGES.fileTicket)}>
        我要反映
      </Button>
      <Text className="lx-under-button">路灯不亮、垃圾没清、邻里纠纷……都可以告诉网格员</Text>
      {/* 长辈模式 from the first page too (its switch lives in 我的) */}
      <Text className="lx-link" onClick={() => elder.setElderMode(!elder.on)}>
        {elder.on ? '长辈模式已开启，点此关闭' : '字太小？开启长辈模式'}
      </Text>
      {isGridWorker ? <GridCard queue={queue} /> : null}
      {isGridWorker ? <GridStatsCard stats={stats} /> : null}
      <HomeLianxinCard card={card} />
      <LatestTickets latest={latest} />
    </View>
  );
}

export default withPageRoot(Home);
