/**
 * 社区下单 (微心愿审核, community staff): the residents' 微心愿 waiting for the community (待审核);
 * 通过 puts it up for members to claim (党员接单), 退回 asks why (the resident reads the reason).
 * Street staff pick the community first.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { cstMinute, ReviewWishPayload } from '@lx/types';
import { withPageRoot } from '@/components/PageRoot';
import { PagedListView } from '@/components/PagedListView';
import { usePagedList } from '@/hooks/usePagedList';
import { useShowAgain } from '@/hooks/useShowAgain';
import { toast } from '@/utils/nav';
import { StaffReasonForm } from '../../components/StaffReasonForm';
import { type StaffCommunity, StaffCommunityGate } from '../../components/StaffCommunityGate';
import { pendingWishes, reviewWish, type WishView } from '../../staffApi';
import '../../staff.scss';

function WishRow({ w, onChanged }: { w: WishView; onChanged: () => void }) {
  const [rejecting, setRejecting] = useState(false);
  const [busy, setBusy] = useState(false);
  const approve = async () => {
    if (busy) return;
    setBusy(true);
    const res = await reviewWish({ communityId: w.communityId, wishId: w._id, decision: 'approve' });
    setBusy(false);
    if (!res.ok) return toast(res.message);
    toast('已下单，等待党员认领');
    onChanged();
  };
  return (
    <View className="lx-entry" role="listitem" aria-label={w.title}>
      <View className="lx-entry__body">
        <Text className="lx-entry__title">{w.title}</Text>
        <Text className="lx-entry__hint">{w.detail}</Text>
        <Text className="lx-entry__hint">
          {w.statusLabel} · {cstMinute(w.createdAt)} 提出
        </Text>
        {w.can.review ? (
          <View className="lx-party-staff__actions">
            <Button type="primary" size="large" loading={busy} onClick={() => void approve()}>
              通过
            </Button>
            <Button type="default" size="large" onClick={() => setRejecting(!rejecting)}>
              退回
            </Button>
          </View>
        ) : null}
        {rejecting ? (
          <StaffReasonForm
            schema={ReviewWishPayload}
            fixed={{ communityId: w.communityId, wishId: w._id, decision: 'reject' }}
            label="退回原因"
            placeholder="例如：不属于社区服务范围，请拨打 12345"
            confirm="确认退回"
            doneText="已退回"
            send={reviewWish}
            onDone={() => {
              setRejecting(false);
              onChanged();
            }}
            onCancel={() => setRejecting(false)}
          />
        ) : null}
      </View>
    </View>
  );
}

function Wishes({ community }: { community: StaffCommunity }) {
  const list = usePagedList((cursor) => pendingWishes(community.id, cursor), [community.id]);
  usePullDownRefresh(() => void list.refresh().finally(() => Taro.stopPullDownRefresh()));
  useReachBottom(() => void list.loadMore());
  useShowAgain(() => void list.refresh());
  return (
    <View className="lx-page lx-page--list">
      <View className="lx-party-staff__head">
        <Text className="lx-section__title">{community.name} · 待审核的微心愿</Text>
      </View>
      <PagedListView list={list} emptyText="没有待审核的微心愿" emptyHint="居民提出的微心愿会出现在这里">
        {(w) => <WishRow key={w._id} w={w} onChanged={() => void list.refresh()} />}
      </PagedListView>
    </View>
  );
}

function WishReviewPage() {
  return <StaffCommunityGate>{(c) => <Wishes community={c} />}</StaffCommunityGate>;
}

export default withPageRoot(WishReviewPage);
