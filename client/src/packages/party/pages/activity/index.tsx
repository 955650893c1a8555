/**
 * 活动详情 (?id=): when and where, places left and the hours it credits; my sign-up and my next step
 * (报名 / 取消报名 → 签到 → 签退) and, once checked out, the hours credited.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { withPageRoot } from '@/components/PageRoot';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { useRemote } from '@/hooks/useRemote';
import { toast } from '@/utils/nav';
import { activity, type ActivityView, cancelSignUp, checkOut, signUp } from '../../api';
import { CheckIn } from '../../components/CheckIn';
import { type MemberCommunity, MemberGate } from '../../components/MemberGate';
import { activityState, activityWhen } from '../../views';
import '../../party.scss';

function Facts({ a }: { a: ActivityView }) {
  const rows: [string, string][] = [
    ['时间', activityWhen(a)],
    ['地点', `${a.place.name}（${a.place.radiusM} 米内可定位签到）`],
    ['类别', a.category],
    ['名额', `${a.signedUp} / ${a.capacity} 人`],
    ['服务时长', `最多记 ${a.hours} 小时`],
  ];
  return (
    <View className="lx-card">
      <Text className="lx-card__title">{a.title}</Text>
      {rows.map(([k, v]) => (
        <View key={k} className="lx-kv">
          <Text className="lx-kv__label">{k}</Text>
          <Text className="lx-kv__value">{v}</Text>
        </View>
      ))}
      {a.description ? <Text className="lx-card__text">{a.description}</Text> : null}
    </View>
  );
}

function Mine({ a, c, reload }: { a: ActivityView; c: MemberCommunity; reload: () => void }) {
  const [busy, setBusy] = useState(false);
  const state = activityState(a, Date.now());
  const run = async (what: 'signUp' | 'cancel' | 'checkOut') => {
    if (what === 'cancel') {
      const ok = await Taro.showModal({ title: '取消报名', content: '确定取消报名吗？名额会让给其他党员。' });
      if (!ok.confirm) return;
    }
    setBusy(true);
    const res =
      what === 'signUp'
        ? await signUp(c.id, a._id)
        : what === 'cancel'
          ? await cancelSignUp(c.id, a._id)
          : await checkOut(c.id, a._id);
    setBusy(false);
    if (!res.ok) return toast(res.message);
    if ('hours' in res.data) toast(`已签退，记服务 ${res.data.hours} 小时，积 ${res.data.points} 分`);
    else toast(what === 'signUp' ? '报名成功' : '已取消报名');
    reload();
  };
  const hours = a.mine?.hours;
  return (
    <View className="lx-card" aria-label="我的报名">
      <View className="lx-card__row">
        <Text className="lx-card__title">我的报名</Text>
        <Text className="lx-tag lx-tag--info">{state.label}</Text>
      </View>
      {state.note ? <Text className="lx-card__text">{state.note}</Text> : null}
      {hours !== undefined ? <Text className="lx-card__text">{`已记服务时长 ${hours} 小时`}</Text> : null}
      <View className="lx-party__actions">
        {state.next === 'signUp' ? (
          <Button type="primary" size="large" loading={busy} onClick={() => void run('signUp')}>
            报名
          </Button>
        ) : null}
        {state.next === 'checkOut' ? (
          <Button type="primary" size="large" loading={busy} onClick={() => void run('checkOut')}>
            签退
          </Button>
        ) : null}
        {state.cancel ? (
          <Button type="default" size="large" disabled={busy} onClick={() => void run('cancel')}>
            取消报名
          </Button>
        ) : null}
      </View>
      {state.next === 'checkIn' ? <CheckIn communityId={c.id} activityId={a._id} onDone={reload} /> : null}
    </View>
  );
}

function Detail({ c, id }: { c: MemberCommunity; id: string }) {
  const a = useRemote(() => activity(c.id, id), [id]);
  if (a.loading && !a.data) return <LoadingView />;
  if (!a.data) return <ErrorView error={a.error} onRetry={() => void a.reload()} />;
  return (
    <View className="lx-page lx-party">
      <Facts a={a.data} />
      <Mine a={a.data} c={c} reload={() => void a.reload()} />
    </View>
  );
}

function ActivityPage() {
  const id = useRouter().params.id ?? '';
  return <MemberGate>{(c) => <Detail c={c} id={id} />}</MemberGate>;
}

export default withPageRoot(ActivityPage);
