/**
 * 微心愿: 我的心愿 (what I asked for, with its state; 提交微心愿 adds one) for everyone; a party
 * member also sees 待认领 (the community's approved wishes, to 接单) and 我认领的 (to complete).
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { withPageRoot } from '@/components/PageRoot';
import { PagedListView } from '@/components/PagedListView';
import { type Segment, Segments } from '@/components/Segments';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { useMe } from '@/hooks/useMe';
import { usePagedList } from '@/hooks/usePagedList';
import { useShowAgain } from '@/hooks/useShowAgain';
import { formatDateTime } from '@/utils/format';
import { go, PAGES } from '@/utils/nav';
import { myWishes, wishesOf, type WishView } from '../../api';
import { residentWishLabel, WISH_TONES } from '../../views';
import '../../party.scss';

type Tab = 'open' | 'claimed' | 'mine';
const EMPTY: Record<Tab, [string, string]> = {
  open: ['暂时没有待认领的心愿', '社区审核通过的居民心愿会显示在这里'],
  claimed: ['您还没有认领心愿', '在「待认领」里接单'],
  mine: ['您还没有提交过微心愿', '有需要帮忙的小事，可以点「提交微心愿」'],
};

function WishRow({ w, asResident }: { w: WishView; asResident: boolean }) {
  return (
    <View
      className="lx-row"
      role="listitem"
      hoverClass="lx-row--pressed"
      onClick={() => go(`${PAGES.partyWish}?id=${encodeURIComponent(w._id)}`)}
    >
      <View className="lx-row__main">
        <View className="lx-row__head">
          <Text className="lx-row__title">{w.title}</Text>
          <Text className={`lx-tag lx-tag--${WISH_TONES[w.status]}`}>
            {asResident ? residentWishLabel(w.status, w.statusLabel) : w.statusLabel}
          </Text>
        </View>
        <Text className="lx-row__desc">{w.detail}</Text>
        <Text className="lx-row__meta">{formatDateTime(w.createdAt)}</Text>
      </View>
    </View>
  );
}

function Wishes({ memberAt }: { memberAt?: string }) {
  const [tab, setTab] = useState<Tab>(memberAt ? 'open' : 'mine');
  const list = usePagedList(
    (cursor) => (tab === 'mine' || !memberAt ? myWishes(cursor) : wishesOf(memberAt, tab === 'claimed', cursor)),
    [tab, memberAt],
  );
  usePullDownRefresh(() => void list.refresh().finally(() => Taro.stopPullDownRefresh()));
  useReachBottom(() => void list.loadMore());
  useShowAgain(() => void list.refresh());
  const tabs: Segment<Tab>[] = [
    { key: 'open', label: '待认领' },
    { key: 'claimed', label: '我认领的' },
    { key: 'mine', label: '我的心愿' },
  ];
  const [empty, hint] = EMPTY[tab];
  return (
    <View className="lx-page lx-page--list lx-party">
      {memberAt ? <Segments items={tabs} value={tab} onChange={setTab} /> : null}
      {tab === 'mine' ? (
        <View className="lx-under-button">
          <Button block type="primary" size="xlarge" onClick={() => go(PAGES.partyPostWish)}>
            提交微心愿
          </Button>
        </View>
      ) : null}
      <PagedListView list={list} emptyText={empty} emptyHint={hint}>
        {(w) => <WishRow key={w._id} w={w} asResident={tab === 'mine'} />}
      </PagedListView>
    </View>
  );
}

function WishesPage() {
  const { me, loading, error, reload } = useMe();
  if (loading) return <LoadingView />;
  if (!me) return <ErrorView error={error} onRetry={() => void reload()} />;
  return <Wishes memberAt={me.roles.find((r) => r.role === 'partyMember')?.orgId} />;
}

export default withPageRoot(WishesPage);
