/**
 * 住户详情 (?id=): the household, its tags (the server sends them to staff of its grid, community and
 * street only), its visits newest first and its linked tickets (each opens the ticket's page).
 */
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { useRemote } from '@/hooks/useRemote';
import { formatDateTime } from '@/utils/format';
import { go, ticketUrl } from '@/utils/nav';
import { type HouseholdDetail, householdDetail } from '../../api';
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

function Body({ h }: { h: HouseholdDetail }) {
  return (
    <View className="lx-page lx-page--list">
      <View className="lx-visit__head">
        <Text className="lx-visit__household">{h.label}</Text>
        <Text className="lx-visit__kind">{h.gridName}</Text>
        {h.members.length ? (
          <Text className="lx-visit__kind">家庭成员：{h.members.map((m) => m.name).join('、')}</Text>
        ) : null}
      </View>
      {h.tagLabels ? (
        <View className="lx-chips" aria-label="住户标签">
          {h.tagLabels.length ? (
            h.tagLabels.map((t) => (
              <Text key={t} className="lx-chip lx-chip--small">
                {t}
              </Text>
            ))
          ) : (
            <Text className="lx-field__hint">没有标签</Text>
          )}
        </View>
      ) : null}
      <Section title="走访记录" empty="还没有走访记录" count={h.visits.length}>
        {h.visits.map((v) => (
          <View key={v.id} className="lx-visit-summary__row">
            <Text className="lx-visit-summary__step">
              {v.kindLabel} · {v.statusLabel}
            </Text>
            <Text className="lx-visit-summary__meta">
              {formatDateTime(v.at)} · {v.byName}
            </Text>
          </View>
        ))}
      </Section>
      <Section title="关联诉求" empty="没有转为诉求的事" count={h.tickets.length}>
        {h.tickets.map((t) => (
          <View key={t.id} className="lx-entry" hoverClass="lx-row--pressed" onClick={() => go(ticketUrl(t.id))}>
            <View className="lx-entry__body">
              <Text className="lx-entry__title">{t.description}</Text>
              <Text className="lx-entry__hint">
                {t.no} · {t.statusLabel}
              </Text>
            </View>
            <Text className="lx-entry__arrow">›</Text>
          </View>
        ))}
      </Section>
    </View>
  );
}

export default function HouseholdPage() {
  const id = useRouter().params.id ?? '';
  const remote = useRemote(() => householdDetail(id), [id]);
  if (!remote.data && remote.loading) return <LoadingView />;
  if (!remote.data)
    return <ErrorView message={remote.error?.message ?? '加载失败'} onRetry={() => void remote.reload()} />;
  return <Body h={remote.data} />;
}
