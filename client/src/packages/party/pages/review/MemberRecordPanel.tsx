/**
 * A member's record under their row (报到审核's 档案): totals, posts, card, the registration's
 * history, and 导出季度报告 — the quarter's service report as an .xlsx the work unit keeps (weapp:
 * WeChat's document viewer, h5: a download), one requestId per member × quarter as 导出月报 does.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { CARD_LABELS, cstDate } from '@lx/types';
import { ChipGroup } from '@/components/ChipGroup';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { useRemote } from '@/hooks/useRemote';
import { useReportExport } from '@/hooks/useReportExport';
import { exportQuarterReport, type MemberRecord, memberRecord } from '../../staffApi';
import { historyLines, recentQuarters, totalsLine } from './reviewView';

function QuarterExport({ communityId, userId }: { communityId: string; userId: string }) {
  const [quarters] = useState(() => recentQuarters(Date.now()));
  const [quarter, setQuarter] = useState(quarters[0].value);
  const { busy, done, run: exportAs } = useReportExport();
  const run = () => {
    const body = { communityId, userId, quarter };
    return exportAs(JSON.stringify(body), (requestId) => exportQuarterReport({ ...body, requestId }));
  };
  return (
    <View className="lx-party-staff__export">
      <ChipGroup label="季度" options={quarters} value={quarter} onChange={setQuarter} />
      <Button type="primary" fill="outline" size="large" disabled={busy} onClick={() => void run()}>
        {busy ? '正在导出…' : '导出季度报告'}
      </Button>
      {done ? <Text className="lx-field__hint">已导出：{done}</Text> : null}
    </View>
  );
}

function Record({ r, communityId }: { r: MemberRecord; communityId: string }) {
  return (
    <View className="lx-party-staff__record">
      <Text className="lx-entry__hint">{totalsLine(r)}</Text>
      {r.card ? (
        <Text className={`lx-tag ${r.card.color === 'red' ? 'lx-tag--danger' : 'lx-tag--warn'}`}>
          {CARD_LABELS[r.card.color]}：{r.card.months} 个月未参加服务
        </Text>
      ) : null}
      <Text className="lx-entry__hint">
        认领岗位：
        {r.posts.length
          ? r.posts
              .map((p) => `${p.title}（${p.status === 'active' ? '在岗' : `${cstDate(p.leftAt ?? p.signedAt)} 离岗`}）`)
              .join('、')
          : '无'}
      </Text>
      {historyLines(r).map((line) => (
        <Text key={line} className="lx-entry__hint">
          {line}
        </Text>
      ))}
      <QuarterExport communityId={communityId} userId={r.registration.userId} />
    </View>
  );
}

export function MemberRecordPanel({ communityId, userId }: { communityId: string; userId: string }) {
  const rec = useRemote(() => memberRecord(communityId, userId), [communityId, userId]);
  if (rec.loading) return <LoadingView text="正在加载档案…" />;
  if (!rec.data) return <ErrorView error={rec.error} onRetry={rec.reload} />;
  return <Record r={rec.data} communityId={communityId} />;
}
