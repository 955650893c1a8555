/**
 * 季度服务报告 (?quarter=2026-Q4): my service in a quarter (服务时长, 活动, 心愿, 走访, 积分) as a page
 * to show the work unit; in the mini-program it goes to a chat through the share menu.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { ChipGroup } from '@/components/ChipGroup';
import { withPageRoot } from '@/components/PageRoot';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { useRemote } from '@/hooks/useRemote';
import { PAGES } from '@/utils/nav';
import { quarterReport, type QuarterReport } from '../../api';
import { type MemberCommunity, MemberGate } from '../../components/MemberGate';
import { recentQuarters } from '../../views';
import '../../party.scss';

function Sheet({ r }: { r: QuarterReport }) {
  const rows: [string, string][] = [
    ['服务时长', `${r.hours} 小时`],
    ['志愿活动', `${r.activities} 次`],
    ['微心愿', `${r.wishes} 个`],
    ['入户走访', `${r.visits} 次`],
    ['获得积分', `${r.points} 分`],
  ];
  return (
    <View className="lx-card" aria-label="季度服务报告">
      <Text className="lx-card__title">{`${r.name} ${r.label}服务报告`}</Text>
      <Text className="lx-card__label">{`${r.communityName} · ${r.workUnit} · ${r.partyOrg}`}</Text>
      {rows.map(([k, v]) => (
        <View key={k} className="lx-kv">
          <Text className="lx-kv__label">{k}</Text>
          <Text className="lx-kv__value">{v}</Text>
        </View>
      ))}
    </View>
  );
}

function Report({ c, first }: { c: MemberCommunity; first?: string }) {
  const quarters = recentQuarters(Date.now());
  const [quarter, setQuarter] = useState(first ?? quarters[0].value);
  const r = useRemote(() => quarterReport(c.id, quarter), [c.id, quarter]);
  useShareAppMessage(() => ({
    title: r.data ? `${r.data.name}的${r.data.label}党员服务报告` : '党员服务报告',
    path: `${PAGES.partyReport}?quarter=${quarter}`,
  }));
  return (
    <View className="lx-page lx-party">
      <ChipGroup label="季度" options={quarters} value={quarter} onChange={setQuarter} />
      {r.loading && !r.data ? (
        <LoadingView />
      ) : r.data ? (
        <Sheet r={r.data} />
      ) : (
        <ErrorView error={r.error} onRetry={() => void r.reload()} />
      )}
      {process.env.TARO_ENV === 'weapp' ? (
        <Text className="lx-card__label">点右上角「···」可转发给单位党组织</Text>
      ) : null}
    </View>
  );
}

function ReportPage() {
  const first = useRouter().params.quarter;
  return <MemberGate>{(c) => <Report c={c} first={first} />}</MemberGate>;
}

export default withPageRoot(ReportPage);
