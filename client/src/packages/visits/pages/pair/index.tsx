/**
 * 新增结对 (?communityId=&name=): a grid, one of its households, a visitor (the community's party
 * members and the grid's workers: pair's own rule) and every how many days. The contract's schema
 * checks it and gives the requestId (useZodForm), so a second tap after 网络不给力 pairs once.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { type HouseholdView, PairPayload, PAIRING_DEFAULT_DAYS, ROLE_LABELS } from '@lx/types';
import { asOptions, ChipGroup } from '@/components/ChipGroup';
import { Field, SubmitBar } from '@/components/Field';
import { withPageRoot } from '@/components/PageRoot';
import { EmptyView, ErrorView, LoadingView } from '@/components/StateViews';
import { useRemote } from '@/hooks/useRemote';
import { useZodForm } from '@/hooks/useZodForm';
import { toast } from '@/utils/nav';
import { gridsOf, pairHousehold, visitorsFor } from '../../api';
import { type Community, CommunityGate } from '../../components/CommunityGate';
import { HouseholdPicker } from '../../components/HouseholdPicker';
import { PERIOD_OPTIONS } from '../../plans';
import '../../visits.scss';

function Visitors(p: { communityId: string; gridId: string; value: string; onChange: (id: string) => void }) {
  const staff = useRemote(() => visitorsFor(p.communityId, p.gridId), [p.gridId]);
  if (staff.loading) return <LoadingView text="正在加载走访人…" />;
  if (!staff.data) return <ErrorView error={staff.error} onRetry={() => void staff.reload()} />;
  if (!staff.data.length) return <EmptyView text="没有可结对的人" hint="本社区的党员或本网格的网格员才能结对" />;
  const options = staff.data.map((s) => ({ value: s.userId, label: `${s.name}（${ROLE_LABELS[s.role]}）` }));
  return <ChipGroup label="走访人" options={options} value={p.value} onChange={p.onChange} />;
}

function PairForm({ community }: { community: Community }) {
  const grids = useRemote(() => gridsOf(community.id), [community.id]);
  const [gridId, setGridId] = useState<string>();
  const [household, setHousehold] = useState<HouseholdView>();
  const form = useZodForm(PairPayload, {
    initial: { householdId: '', visitorId: '', everyDays: PAIRING_DEFAULT_DAYS },
    toastInvalid: true,
  });
  const pickGrid = (id: string) => {
    setGridId(id);
    setHousehold(undefined);
    form.set('householdId', '');
    form.set('visitorId', '');
  };
  const pickHousehold = (h: HouseholdView | undefined) => {
    setHousehold(h);
    form.set('householdId', h?.id ?? '');
  };
  const send = form.submit(async (data) => {
    const res = await pairHousehold(data);
    if (!res.ok) return toast(res.message);
    form.done();
    toast('已结对');
    void Taro.navigateBack();
  });

  if (grids.loading) return <LoadingView />;
  if (!grids.data) return <ErrorView error={grids.error} onRetry={() => void grids.reload()} />;
  if (!grids.data.length) return <EmptyView text="这个社区还没有网格" />;
  return (
    // lx-visit: big targets and 确认结对 fixed under the thumb, as on the step screen
    <View className="lx-page lx-form lx-visit">
      <Text className="lx-visit-plans__name">{community.name}</Text>
      <Field label="第 1 步：选网格">
        <ChipGroup label="网格" options={asOptions(grids.data)} value={gridId} onChange={pickGrid} />
      </Field>
      {gridId ? (
        <>
          <Field label="第 2 步：选住户" error={form.errors.householdId}>
            <HouseholdPicker gridId={gridId} value={household} onChange={pickHousehold} />
          </Field>
          <Field label="第 3 步：选走访人" error={form.errors.visitorId}>
            <Visitors
              communityId={community.id}
              gridId={gridId}
              value={form.values.visitorId}
              onChange={(v) => form.set('visitorId', v)}
            />
          </Field>
          <Field label="多久走访一次" error={form.errors.everyDays}>
            <ChipGroup
              label="走访周期"
              options={PERIOD_OPTIONS}
              value={String(form.values.everyDays)}
              onChange={(v) => form.set('everyDays', Number(v))}
            />
          </Field>
        </>
      ) : null}
      <SubmitBar label="确认结对" busy={form.submitting} onSubmit={() => void send()} />
    </View>
  );
}

function PairPage() {
  return <CommunityGate>{(c) => <PairForm community={c} />}</CommunityGate>;
}

export default withPageRoot(PairPage);
