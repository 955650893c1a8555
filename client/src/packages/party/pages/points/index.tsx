/**
 * 我的积分: my totals at the community (积分, 服务时长, 活动, 心愿, 走访) and rank, the ledger (paged,
 * each entry's rule and source in plain words), how points are earned, the community's leaderboard,
 * and the way to the quarterly report.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import type { MemberTotals } from '@lx/types';
import { withPageRoot } from '@/components/PageRoot';
import { PagedListView } from '@/components/PagedListView';
import { Segments } from '@/components/Segments';
import { EmptyView, ErrorView, LoadingView } from '@/components/StateViews';
import { usePagedList } from '@/hooks/usePagedList';
import { useRemote } from '@/hooks/useRemote';
import { go, PAGES } from '@/utils/nav';
import { leaderboard, myPoints, type MyPoints } from '../../api';
import { LedgerRow } from '../../components/LedgerRow';
import { type MemberCommunity, MemberGate } from '../../components/MemberGate';
import '../../party.scss';

const FIGURES: [keyof MemberTotals, string, string][] = [
  ['points', '积分', '分'],
  ['hours', '服务时长', '小时'],
  ['activities', '志愿活动', '次'],
  ['wishes', '微心愿', '个'],
  ['visits', '入户走访', '次'],
];

function Totals({ t, rank }: { t: MemberTotals; rank?: number }) {
  return (
    <View className="lx-section" aria-label="我的合计">
      <View className="lx-party__figures">
        {FIGURES.map(([k, label, unit]) => (
          <View key={k} className="lx-party__figure">
            <Text className="lx-count lx-party__number">{String(t[k] ?? 0)}</Text>
            <Text className="lx-card__label">{`${label}（${unit}）`}</Text>
          </View>
        ))}
      </View>
      {rank ? <Text className="lx-card__text">{`在本社区排第 ${rank} 名`}</Text> : null}
    </View>
  );
}

function Ledger({ c }: { c: MemberCommunity }) {
  const list = usePagedList<
    MyPoints['entries']['items'][number],
    { totals?: MemberTotals; rank?: number; rules?: MyPoints['rules'] }
  >(
    async (cursor) => {
      const res = await myPoints(c.id, cursor);
      if (!res.ok) return res;
      const { entries, ...rest } = res.data;
      return { ok: true as const, data: { ...entries, ...rest } };
    },
    [c.id],
  );
  usePullDownRefresh(() => void list.refresh().finally(() => Taro.stopPullDownRefresh()));
  useReachBottom(() => void list.loadMore());
  const x = list.extra;
  return (
    <>
      {x?.totals ? <Totals t={x.totals} rank={x.rank} /> : null}
      <View className="lx-section" role="list" aria-label="积分明细">
        <Text className="lx-section__title">积分明细</Text>
        <PagedListView list={list} emptyText="还没有积分" emptyHint="参加志愿活动、完成微心愿和入户走访都能积分">
          {(e) => <LedgerRow key={e._id} e={e} />}
        </PagedListView>
      </View>
      {x?.rules?.length ? (
        <View className="lx-section" aria-label="积分规则">
          <Text className="lx-section__title">积分规则</Text>
          {x.rules.map((r) => (
            <Text key={r.rule} className="lx-card__text">{`${r.label}：${r.describe}`}</Text>
          ))}
        </View>
      ) : null}
    </>
  );
}

function Board({ c }: { c: MemberCommunity }) {
  const rows = useRemote(() => leaderboard(c.id), [c.id]);
  if (rows.loading && !rows.data) return <LoadingView />;
  if (!rows.data) return <ErrorView error={rows.error} onRetry={() => void rows.reload()} />;
  if (!rows.data.length) return <EmptyView text="还没有人积分" />;
  return (
    <View className="lx-section" role="list" aria-label={`${c.name}积分排行`}>
      {rows.data.map((r) => (
        <View key={r.userId} className="lx-cell" role="listitem">
          <Text className="lx-cell__title">{`第 ${r.rank} 名 · ${r.name}`}</Text>
          <Text className="lx-cell__value">{`${r.points} 分 · ${r.hours} 小时`}</Text>
        </View>
      ))}
    </View>
  );
}

function Points({ c }: { c: MemberCommunity }) {
  const [tab, setTab] = useState<'mine' | 'board'>('mine');
  return (
    <View className="lx-page lx-page--list lx-party">
      <Segments
        items={[
          { key: 'mine', label: '我的积分' },
          { key: 'board', label: '社区排行' },
        ]}
        value={tab}
        onChange={setTab}
      />
      {tab === 'mine' ? <Ledger c={c} /> : <Board c={c} />}
      <View className="lx-under-button">
        <Button block type="primary" fill="outline" size="xlarge" onClick={() => go(PAGES.partyReport)}>
          季度服务报告
        </Button>
      </View>
    </View>
  );
}

function PointsPage() {
  return <MemberGate>{(c) => <Points c={c} />}</MemberGate>;
}

export default withPageRoot(PointsPage);
