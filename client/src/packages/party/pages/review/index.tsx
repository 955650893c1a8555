/**
 * 报到审核 (community staff): 待审核 registrations to approve or send back with a reason, the members
 * 已报到, those past their six-month re-report (逾期复报), and 红黄牌 — each member's record (档案) with
 * 撤销 and the quarterly report's export. Street staff pick the community first.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { withPageRoot } from '@/components/PageRoot';
import { PagedListView } from '@/components/PagedListView';
import { Segments } from '@/components/Segments';
import { usePagedList } from '@/hooks/usePagedList';
import { useShowAgain } from '@/hooks/useShowAgain';
import { type StaffCommunity, StaffCommunityGate } from '../../components/StaffCommunityGate';
import {
  type CardView,
  cardsOf,
  type RegistrationFilter,
  registrationsOf,
  type RegistrationView,
} from '../../staffApi';
import { CardRow, RegistrationRow } from './rows';
import { EMPTY_TEXT, REVIEW_TABS, type ReviewTab } from './reviewView';
import '../../staff.scss';

type Row = { kind: 'registration'; r: RegistrationView } | { kind: 'card'; c: CardView };

const fetchTab = async (communityId: string, tab: ReviewTab, cursor: string | undefined) => {
  if (tab === 'cards') {
    const res = await cardsOf(communityId, cursor);
    return res.ok
      ? { ...res, data: { ...res.data, items: res.data.items.map((c): Row => ({ kind: 'card', c })) } }
      : res;
  }
  const res = await registrationsOf(communityId, tab as RegistrationFilter, cursor);
  return res.ok
    ? { ...res, data: { ...res.data, items: res.data.items.map((r): Row => ({ kind: 'registration', r })) } }
    : res;
};

function Review({ community }: { community: StaffCommunity }) {
  const [tab, setTab] = useState<ReviewTab>('pending');
  const list = usePagedList((cursor) => fetchTab(community.id, tab, cursor), [community.id, tab]);
  usePullDownRefresh(() => void list.refresh().finally(() => Taro.stopPullDownRefresh()));
  useReachBottom(() => void list.loadMore());
  useShowAgain(() => void list.refresh());
  return (
    <View className="lx-page lx-page--list">
      <View className="lx-party-staff__head">
        <Text className="lx-section__title">{community.name}</Text>
      </View>
      <Segments items={REVIEW_TABS} value={tab} onChange={setTab} dense />
      <PagedListView list={list} emptyText={EMPTY_TEXT[tab]}>
        {(row) =>
          row.kind === 'card' ? (
            <CardRow key={row.c._id} c={row.c} />
          ) : (
            <RegistrationRow key={row.r._id} r={row.r} onChanged={() => void list.refresh()} />
          )
        }
      </PagedListView>
    </View>
  );
}

function ReviewPage() {
  return <StaffCommunityGate>{(c) => <Review community={c} />}</StaffCommunityGate>;
}

export default withPageRoot(ReviewPage);
