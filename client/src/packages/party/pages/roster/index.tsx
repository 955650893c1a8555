/**
 * 活动名单 (?communityId=&activityId=): one activity's roster — signed up, checked in, checked out,
 * hours — with 确认时长 for the organiser, and while check-in is open the rotating 签到码.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { ConfirmHoursPayload } from '@lx/types';
import { FieldError } from '@/components/FieldError';
import { withPageRoot } from '@/components/PageRoot';
import { EmptyView, ErrorView, LoadingView } from '@/components/StateViews';
import { TextInput } from '@/components/TextField';
import { useRemote } from '@/hooks/useRemote';
import { useZodForm } from '@/hooks/useZodForm';
import { toast } from '@/utils/nav';
import { StaffCheckInCode } from '../../components/StaffCheckInCode';
import { confirmHours, type Roster, rosterOf, type SignupView } from '../../staffApi';
import { canConfirm, PHASE_LABELS, signupLine, windowText } from '../manage/activityView';
import '../../staff.scss';

type Ids = { communityId: string; activityId: string };

function ConfirmForm({ ids, s, planned, onDone }: { ids: Ids; s: SignupView; planned: number; onDone: () => void }) {
  const form = useZodForm(ConfirmHoursPayload, {
    initial: { ...ids, userId: s.userId, hours: String(s.hours ?? planned) },
    toInput: (v) => ({ ...v, hours: v.hours.trim() === '' ? undefined : Number(v.hours) }),
  });
  const send = form.submit(async (data) => {
    const res = await confirmHours(data);
    if (!res.ok) return toast(res.message);
    toast(`已确认 ${res.data.hours} 小时`);
    onDone();
  });
  return (
    <View className="lx-party-staff__reason">
      <View className="lx-party-staff__inline">
        <TextInput
          label={`${s.name}的服务时长`}
          type="digit"
          value={form.values.hours}
          onInput={(e) => form.set('hours', e.detail.value)}
        />
        <Text className="lx-field__hint">小时（计划 {planned} 小时）</Text>
      </View>
      <FieldError text={form.errors.hours} />
      <Button type="primary" size="large" loading={form.submitting} onClick={() => void send()}>
        确认
      </Button>
    </View>
  );
}

function SignupRow({ ids, s, roster, onDone }: { ids: Ids; s: SignupView; roster: Roster; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <View className="lx-entry" role="listitem">
      <View className="lx-entry__body">
        <Text className="lx-entry__title">{s.name}</Text>
        <Text className="lx-entry__hint">{signupLine(s)}</Text>
        {canConfirm(s, roster.activity.phase) && !open ? (
          <View role="button" className="lx-party-staff__link" onClick={() => setOpen(true)}>
            确认时长
          </View>
        ) : null}
        {open ? (
          <ConfirmForm
            ids={ids}
            s={s}
            planned={roster.activity.hours}
            onDone={() => {
              setOpen(false);
              onDone();
            }}
          />
        ) : null}
      </View>
    </View>
  );
}

function RosterView({ ids, roster, reload }: { ids: Ids; roster: Roster; reload: () => void }) {
  const a = roster.activity;
  return (
    <View className="lx-page lx-page--list">
      <View className="lx-card">
        <Text className="lx-card__title">{a.title}</Text>
        <Text className="lx-card__text">
          {PHASE_LABELS[a.phase]} · {windowText(a)}
        </Text>
        <Text className="lx-card__text">
          {a.place.name}（{a.place.radiusM} 米内可定位签到）· 计划 {a.hours} 小时
        </Text>
        <View className="lx-party-staff__counts">
          <Text>已报名 {roster.counts.signedUp}</Text>
          <Text>已签到 {roster.counts.checkedIn}</Text>
          <Text>已签退 {roster.counts.checkedOut}</Text>
        </View>
      </View>
      {a.phase === 'checkInOpen' ? (
        <View className="lx-section">
          <View className="lx-section__head">
            <Text className="lx-section__title">签到码</Text>
          </View>
          <StaffCheckInCode {...ids} />
        </View>
      ) : null}
      <View className="lx-section" role="list" aria-label="报名名单">
        <View className="lx-section__head">
          <Text className="lx-section__title">报名名单</Text>
        </View>
        {roster.signups.length === 0 ? <EmptyView text="还没有党员报名" /> : null}
        {roster.signups.map((s) => (
          <SignupRow key={s.userId} ids={ids} s={s} roster={roster} onDone={reload} />
        ))}
      </View>
    </View>
  );
}

function RosterPage() {
  const { params } = useRouter();
  const ids = { communityId: params.communityId ?? '', activityId: params.activityId ?? '' };
  const roster = useRemote(() => rosterOf(ids.communityId, ids.activityId), [ids.activityId]);
  usePullDownRefresh(() => void roster.reload().finally(() => Taro.stopPullDownRefresh()));
  if (roster.loading && !roster.data) return <LoadingView />;
  if (!roster.data) return <ErrorView error={roster.error} onRetry={roster.reload} />;
  return <RosterView ids={ids} roster={roster.data} reload={() => void roster.reload()} />;
}

export default withPageRoot(RosterPage);
