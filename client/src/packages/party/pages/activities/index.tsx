/**
 * 志愿活动: the community's activities, 进行中 and 即将开始 (soonest first) or 已结束 (latest first),
 * paged; each row says my sign-up; a row opens 活动详情.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { withPageRoot } from '@/components/PageRoot';
import { PagedListView } from '@/components/PagedListView';
import { Segments } from '@/components/Segments';
import { usePagedList } from '@/hooks/usePagedList';
import { useShowAgain } from '@/hooks/useShowAgain';
import { go, PAGES } from '@/utils/nav';
import { type ActivityList, activitiesOf, type ActivityView } from '../../api';
import { type MemberCommunity, MemberGate } from '../../components/MemberGate';
import { type ActivityBucket, activityBucket, activityState, activityWhen, BUCKET_LABELS } from '../../views';
import '../../party.scss';

function Row({ a, now }: { a: ActivityView; now: number }) {
  const state = activityState(a, now);
  return (
    <View
      className="lx-row"
      role="listitem"
      hoverClass="lx-row--pressed"
      onClick={() => go(`${PAGES.partyActivity}?id=${encodeURIComponent(a._id)}`)}
    >
      <View className="lx-row__main">
        <View className="lx-row__head">
          <Text className="lx-row__title">{a.title}</Text>
          <Text className={`lx-tag ${a.mine && a.mine.state !== 'cancelled' ? 'lx-tag--ok' : 'lx-tag--muted'}`}>
            {state.label}
          </Text>
        </View>
        <Text className="lx-row__desc">{activityWhen(a)}</Text>
        <Text className="lx-row__meta">
          {a.place.name} · {a.signedUp}/{a.capacity} 人 · {a.hours} 小时
        </Text>
      </View>
    </View>
  );
}

function Grouped({ items }: { items: readonly ActivityView[] }) {
  const now = Date.now();
  const groups: ActivityBucket[] = ['ongoing', 'upcoming', 'past'];
  return (
    <>
      {groups.map((g) => {
        const rows = items.filter((a) => activityBucket(a, now) === g);
        return rows.length ? (
          <View key={g} className="lx-section" role="list" aria-label={BUCKET_LABELS[g]}>
            <Text className="lx-section__title">{BUCKET_LABELS[g]}</Text>
            {rows.map((a) => (
              <Row key={a._id} a={a} now={now} />
            ))}
          </View>
        ) : null;
      })}
    </>
  );
}

function Activities({ c }: { c: MemberCommunity }) {
  const [tab, setTab] = useState<ActivityList & string>('current');
  const list = usePagedList((cursor) => activitiesOf(c.id, tab, cursor), [c.id, tab]);
  usePullDownRefresh(() => void list.refresh().finally(() => Taro.stopPullDownRefresh()));
  useReachBottom(() => void list.loadMore());
  useShowAgain(() => void list.refresh());
  return (
    <View className="lx-page lx-page--list lx-party">
      <Segments
        items={[
          { key: 'current', label: '近期活动' },
          { key: 'past', label: '已结束' },
        ]}
        value={tab}
        onChange={setTab}
      />
      <PagedListView
        list={list}
        emptyText={tab === 'current' ? '近期没有志愿活动' : '还没有结束的活动'}
        emptyHint={tab === 'current' ? '社区发布活动后会显示在这里' : undefined}
        rows={(items) => <Grouped items={items} />}
      />
    </View>
  );
}

function ActivitiesPage() {
  return <MemberGate>{(c) => <Activities c={c} />}</MemberGate>;
}

export default withPageRoot(ActivitiesPage);
