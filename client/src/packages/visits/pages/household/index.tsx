/**
 * 住户详情 (?id=): the household, its tags (the server sends them to staff of its grid, community and
 * street only), its visits newest first and its linked tickets (each opens the ticket's page).
 */
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { withPageRoot } from '@/components/PageRoot';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { useRemote } from '@/hooks/useRemote';
import { formatDateTime } from '@/utils/format';
import { VISIT_SOURCE_LABELS, VISIT_STATUS_LABELS } from '@lx/types';
import { go, ticketUrl, visitUrl } from '@/utils/nav';
import { type HouseholdDetail, householdDetail, type VisitView } from '../../api';
import '../../visits.scss';

function Section({
  title,
  empty,
  children,
  count,
}: {
  title: string;
  empty: string;
  count: number;
  children: React.ReactNode;
}) {
  return (
    <View className="lx-section">
      <View className="lx-section__head">
        <Text className="lx-section__title">{title}</Text>
      </View>
      {count ? children : <Text className="lx-visit-summary__text">{empty}</Text>}
    </View>
  );
}

const visitWhen = (v: VisitView) => v.completedAt ?? v.steps[v.steps.length - 1]?.at ?? v.dueAt;

/** A linked ticket in the words of the concern it was filed for. */
function concernOf(h: HouseholdDetail, t: HouseholdDetail['tickets'][number]): string {
  const c = h.visits.find((v) => v._id === t.visitId)?.concerns[t.concern];
  return c ? `${c.tag}：${c.text}` : `第 ${t.concern + 1} 件事`;
}

function Body({ h }: { h: HouseholdDetail }) {
  const hh = h.household;
  return (
    <View className="lx-page lx-page--list">
      <View className="lx-visit__head">
        <Text className="lx-visit__household">
          {hh.buildingName} {hh.room}
        </Text>
        <Text className="lx-visit__kind">
          {hh.members ? `${hh.members} 位住户已绑定` : '还没有住户绑定'}
          {hh.paired ? ' · 结对帮扶' : ''}
        </Text>
        <Text className="lx-visit__kind">{hh.lastVisitedOn ? `上次走访：${hh.lastVisitedOn}` : '还没有走访过'}</Text>
      </View>
      {/* tags reach only staff in scope and the visitor: others get [], shown as nothing */}
      {hh.tags.length ? (
        <View className="lx-chips" aria-label="住户标签">
          {hh.tags.map((t) => (
            <Text key={t} className="lx-chip lx-chip--small">
              {t}
            </Text>
          ))}
        </View>
      ) : null}
      <Section title="走访记录" empty="还没有走访记录" count={h.visits.length}>
        {h.visits.map((v) => (
          <View key={v._id} className="lx-visit-summary__row" onClick={() => go(visitUrl(v._id))}>
            <Text className="lx-visit-summary__step">
              {VISIT_SOURCE_LABELS[v.source]} · {VISIT_STATUS_LABELS[v.status]}
            </Text>
            <Text className="lx-visit-summary__meta">{formatDateTime(visitWhen(v))}</Text>
          </View>
        ))}
      </Section>
      <Section title="关联诉求" empty="没有转为诉求的事" count={h.tickets.length}>
        {h.tickets.map((t) => (
          <View key={t.id} className="lx-entry" hoverClass="lx-row--pressed" onClick={() => go(ticketUrl(t.id))}>
            <View className="lx-entry__body">
              <Text className="lx-entry__title">{concernOf(h, t)}</Text>
            </View>
            <Text className="lx-entry__arrow">›</Text>
          </View>
        ))}
      </Section>
    </View>
  );
}

function HouseholdPage() {
  const id = useRouter().params.id ?? '';
  const remote = useRemote(() => householdDetail(id), [id]);
  if (!remote.data && remote.loading) return <LoadingView />;
  if (!remote.data) return <ErrorView error={remote.error} onRetry={() => void remote.reload()} />;
  return <Body h={remote.data} />;
}

export default withPageRoot(HouseholdPage);
