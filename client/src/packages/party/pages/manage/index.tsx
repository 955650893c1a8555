/**
 * 活动管理 (community staff): the community's activities as 即将开始 / 进行中 / 已结束, each opening its
 * roster and check-in code, and 发布活动 for a new one. Street staff pick the community first.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { withPageRoot } from '@/components/PageRoot';
import { PagedListView } from '@/components/PagedListView';
import { Segments } from '@/components/Segments';
import { EmptyView } from '@/components/StateViews';
import { usePagedList } from '@/hooks/usePagedList';
import { useShowAgain } from '@/hooks/useShowAgain';
import { go, PAGES } from '@/utils/nav';
import { communityQuery, type StaffCommunity, StaffCommunityGate } from '../../components/StaffCommunityGate';
import { activitiesOf, type ActivityView } from '../../staffApi';
import {
  inTab,
  listOfTab,
  MANAGE_TAB_LABELS,
  MANAGE_TABS,
  type ManageTab,
  placesText,
  windowText,
} from './activityView';
import { CreateActivityForm } from './CreateActivityForm';
import '../../staff.scss';

const TABS = MANAGE_TABS.map((key) => ({ key, label: MANAGE_TAB_LABELS[key] }));

function ActivityRow({ a, community }: { a: ActivityView; community: StaffCommunity }) {
  const open = () => go(`${PAGES.partyRoster}?${communityQuery(community)}&activityId=${encodeURIComponent(a._id)}`);
  return (
    <View className="lx-entry" role="listitem" hoverClass="lx-row--pressed" onClick={open}>
      <View className="lx-entry__body">
        <Text className="lx-entry__title">{a.title}</Text>
        <Text className="lx-entry__hint">
          {a.category} · {windowText(a)}
        </Text>
        <Text className="lx-entry__hint">
          {a.place.name} · {placesText(a)} · {a.hours} 小时
        </Text>
      </View>
      <Text className="lx-entry__arrow">›</Text>
    </View>
  );
}

function Activities({ community }: { community: StaffCommunity }) {
  const [tab, setTab] = useState<ManageTab>('upcoming');
  const [creating, setCreating] = useState(false);
  const list = usePagedList((cursor) => activitiesOf(community.id, listOfTab(tab), cursor), [community.id, tab]);
  usePullDownRefresh(() => void list.refresh().finally(() => Taro.stopPullDownRefresh()));
  useReachBottom(() => void list.loadMore());
  useShowAgain(() => void list.refresh());
  if (creating) {
    return (
      <CreateActivityForm
        communityId={community.id}
        earlier={list.items.map((a) => a.place)}
        onCancel={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          void list.refresh();
        }}
      />
    );
  }
  return (
    <View className="lx-page lx-page--list">
      <View className="lx-party-staff__head">
        <Text className="lx-section__title">{community.name}</Text>
        <Button type="primary" size="large" onClick={() => setCreating(true)}>
          发布活动
        </Button>
      </View>
      <Segments items={TABS} value={tab} onChange={setTab} />
      <PagedListView
        list={list}
        emptyText="还没有活动"
        emptyHint="点「发布活动」，组织党员参加志愿服务"
        rows={(items) => {
          const shown = items.filter((a) => inTab(tab, a));
          if (!shown.length) return <EmptyView text={`没有${MANAGE_TAB_LABELS[tab]}的活动`} />;
          return (
            <View role="list" aria-label="活动">
              {shown.map((a) => (
                <ActivityRow key={a._id} a={a} community={community} />
              ))}
            </View>
          );
        }}
      />
    </View>
  );
}

function ManagePage() {
  return <StaffCommunityGate>{(c) => <Activities community={c} />}</StaffCommunityGate>;
}

export default withPageRoot(ManagePage);
