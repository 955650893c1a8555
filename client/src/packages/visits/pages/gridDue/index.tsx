/**
 * 到期走访 (community staff): the open visits of the community's grids that are past their day or due
 * today, whoever's they are, overdue first and paged; 已逾期 / 今天 narrow it on the server. A row
 * names the visitor and opens 住户详情.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { GridDueBucket } from '@lx/types';
import { withPageRoot } from '@/components/PageRoot';
import { PagedListView } from '@/components/PagedListView';
import { type Segment, Segments } from '@/components/Segments';
import { usePagedList } from '@/hooks/usePagedList';
import { useShowAgain } from '@/hooks/useShowAgain';
import { go, PAGES } from '@/utils/nav';
import { gridDue } from '../../api';
import { type Community, CommunityGate } from '../../components/CommunityGate';
import { DueGroups } from '../../components/DueGroups';
import '../../visits.scss';

type Tab = GridDueBucket | 'all';
const TABS: Segment<Tab>[] = [
  { key: 'all', label: '全部' },
  { key: 'overdue', label: '已逾期' },
  { key: 'today', label: '今天' },
];

const EMPTY: Record<Tab, string> = {
  all: '没有逾期或今天到期的走访',
  overdue: '没有逾期的走访',
  today: '今天没有到期的走访',
};

function GridDue({ community }: { community: Community }) {
  const [tab, setTab] = useState<Tab>('all');
  const bucket = tab === 'all' ? undefined : tab;
  const list = usePagedList((cursor) => gridDue(community.id, bucket, cursor), [community.id, bucket]);
  usePullDownRefresh(() => void list.refresh().finally(() => Taro.stopPullDownRefresh()));
  useReachBottom(() => void list.loadMore());
  useShowAgain(() => void list.refresh());
  const now = Date.now();
  return (
    <View className="lx-page lx-page--list">
      <View className="lx-visit-plans__head">
        <Text className="lx-visit-plans__name">{community.name}</Text>
      </View>
      <Segments items={TABS} value={tab} onChange={setTab} />
      <PagedListView
        list={list}
        emptyText={EMPTY[tab]}
        emptyHint="各网格的走访都按时做了"
        rows={(items) => (
          <DueGroups
            items={items}
            now={now}
            who={(item) => item.visitorName}
            onOpen={(item) => go(`${PAGES.visitHousehold}?id=${encodeURIComponent(item.visit.householdId)}`)}
          />
        )}
      />
    </View>
  );
}

function GridDuePage() {
  return <CommunityGate>{(c) => <GridDue community={c} />}</CommunityGate>;
}

export default withPageRoot(GridDuePage);
