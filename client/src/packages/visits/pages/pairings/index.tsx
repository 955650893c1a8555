/**
 * 结对管理 (community staff): the community's 结对帮扶 pairings, newest first and paged, the ended ones
 * kept with when; 新增结对 opens the pairing form, 解除结对 asks why. A pairing carries ids only: the
 * visitor's name comes from the community's staff lists, the household opens as 住户详情.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { cstDate, type Pairing, ROLE_LABELS } from '@lx/types';
import { withPageRoot } from '@/components/PageRoot';
import { PagedListView } from '@/components/PagedListView';
import { usePagedList } from '@/hooks/usePagedList';
import { useRemote } from '@/hooks/useRemote';
import { useShowAgain } from '@/hooks/useShowAgain';
import { go, PAGES } from '@/utils/nav';
import { pairingsOf, visitorNames } from '../../api';
import { type Community, CommunityGate } from '../../components/CommunityGate';
import { UnpairForm } from '../../components/UnpairForm';
import '../../visits.scss';

function PairingRow({ p, name, onEnded }: { p: Pairing; name: string | undefined; onEnded: () => void }) {
  const [ending, setEnding] = useState(false);
  const role = ROLE_LABELS[p.visitorRole];
  return (
    <View className="lx-entry lx-visit-pairing" role="listitem">
      <View className="lx-entry__body">
        <Text className="lx-entry__title">{name ? `${name}（${role}）` : role}</Text>
        <Text className="lx-entry__hint">
          {p.active
            ? `每 ${p.everyDays} 天走访一次 · ${cstDate(p.since)} 起`
            : `已解除 · ${p.endedAt ? cstDate(p.endedAt) : ''}`}
        </Text>
        <View className="lx-visit-pairing__actions">
          <View
            role="button"
            className="lx-visit-pairing__link"
            onClick={() => go(`${PAGES.visitHousehold}?id=${encodeURIComponent(p.householdId)}`)}
          >
            住户详情 ›
          </View>
          {p.active && !ending ? (
            <View
              role="button"
              className="lx-visit-pairing__link lx-visit-pairing__link--danger"
              onClick={() => setEnding(true)}
            >
              解除结对
            </View>
          ) : null}
        </View>
        {ending ? <UnpairForm pairingId={p._id} onDone={onEnded} onCancel={() => setEnding(false)} /> : null}
      </View>
    </View>
  );
}

function Pairings({ community }: { community: Community }) {
  const list = usePagedList((cursor) => pairingsOf(community.id, cursor), [community.id]);
  const names = useRemote(async () => ({ ok: true as const, data: await visitorNames(community.id) }), [community.id]);
  usePullDownRefresh(() => void list.refresh().finally(() => Taro.stopPullDownRefresh()));
  useReachBottom(() => void list.loadMore());
  useShowAgain(() => void list.refresh());
  const add = `${PAGES.visitPair}?communityId=${encodeURIComponent(community.id)}&name=${encodeURIComponent(community.name)}`;
  return (
    <View className="lx-page lx-page--list">
      <View className="lx-visit-plans__head">
        <Text className="lx-visit-plans__name">{community.name}</Text>
        <Button type="primary" size="large" onClick={() => go(add)}>
          新增结对
        </Button>
      </View>
      <PagedListView list={list} emptyText="还没有结对" emptyHint="点「新增结对」，为住户安排党员或网格员定期走访">
        {(p) => (
          <PairingRow key={p._id} p={p} name={names.data?.get(p.visitorId)} onEnded={() => void list.refresh()} />
        )}
      </PagedListView>
    </View>
  );
}

function PairingsPage() {
  return <CommunityGate>{(c) => <Pairings community={c} />}</CommunityGate>;
}

export default withPageRoot(PairingsPage);
