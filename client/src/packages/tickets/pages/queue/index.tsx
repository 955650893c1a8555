/** 网格工单: the grid worker's queue, with how many wait in each tab and the time left on each. */
import { useState } from 'react';
import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { QUEUE_TABS } from '@lx/types';
import { Segments } from '@/components/Segments';
import { usePagedList } from '@/hooks/usePagedList';
import { useShowAgain } from '@/hooks/useShowAgain';
import { callCloud } from '@/services/cloud';
import { TicketList } from '../../components/TicketList';

type Tab = (typeof QUEUE_TABS)[number];
const TABS: { key: Tab; label: string; empty: string }[] = [
  { key: 'pending', label: '待签收', empty: '没有待签收的工单' },
  { key: 'processing', label: '处理中', empty: '没有正在处理的工单' },
  { key: 'done', label: '已办结', empty: '还没有办结的工单' },
];

export default function QueuePage() {
  const [tab, setTab] = useState<Tab>('pending');
  const list = usePagedList((cursor) => callCloud('tickets', 'queue', { tab, cursor }), [tab]);
  usePullDownRefresh(() => {
    void list.refresh().finally(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => void list.loadMore());
  useShowAgain(() => void list.refresh());

  const counts = list.extra?.counts;
  const current = TABS.find((t) => t.key === tab)!;
  return (
    <View className="lx-page lx-page--list">
      <Segments items={TABS.map((t) => ({ ...t, count: counts?.[t.key] }))} value={tab} onChange={setTab} />
      <TicketList list={list} emptyText={current.empty} showDue />
    </View>
  );
}
