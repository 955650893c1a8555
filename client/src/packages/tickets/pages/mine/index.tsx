/** 我的反映: the resident's own tickets by tab, newest first, in plain words (types/plain-words.ts). */
import { useState } from 'react';
import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { MINE_TABS } from '@lx/types';
import { Segments } from '@/components/Segments';
import { usePagedList } from '@/hooks/usePagedList';
import { useShowAgain } from '@/hooks/useShowAgain';
import { callCloud } from '@/services/cloud';
import { TicketList } from '../../components/TicketList';
import { withPageRoot } from '@/components/PageRoot';

type Tab = (typeof MINE_TABS)[number];
const TABS: { key: Tab; label: string; empty: string }[] = [
  { key: 'all', label: '全部', empty: '您还没有反映过问题' },
  { key: 'open', label: '正在处理', empty: '没有正在处理的问题' },
  { key: 'done', label: '已处理完', empty: '还没有处理完的问题' },
  { key: 'rejected', label: '没有受理', empty: '没有未受理的问题' },
];

function MyTicketsPage() {
  const [tab, setTab] = useState<Tab>('all');
  const list = usePagedList((cursor) => callCloud('tickets', 'mine', { tab, cursor }), [tab]);
  usePullDownRefresh(() => {
    void list.refresh().finally(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => void list.loadMore());
  useShowAgain(() => void list.refresh());

  const current = TABS.find((t) => t.key === tab)!;
  return (
    <View className="lx-page lx-page--list">
      <Segments items={TABS} value={tab} onChange={setTab} />
      <TicketList list={list} emptyText={current.empty} askRating who="resident" />
    </View>
  );
}

export default withPageRoot(MyTicketsPage);
