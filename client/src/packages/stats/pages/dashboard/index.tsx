/**
 * 统计看板: one scope's figures for 本月 / 上月 / 本年 — the street and its communities, a community
 * and its grids, or a grid — with the trend, bars by child node, where things were solved, the
 * rankings (grid workers only where the answer has them) and every rate's denominator in words.
 * A child's row opens its own dashboard (?orgId=).
 */
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { type Me, REPORT_EXPORTERS, type StatsDashboard } from '@lx/types';
import { withPageRoot } from '@/components/PageRoot';
import { Segments } from '@/components/Segments';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { hasRole, useMe } from '@/hooks/useMe';
import { go, PAGES } from '@/utils/nav';
import { ChartSection } from '../../components/ChartSection';
import { FigureTable } from '../../components/FigureTable';
import { ExportButton } from '../../components/ExportButton';
import { CountTiles, LevelClaims, RateList } from '../../components/FigureViews';
import { RankingSection } from '../../components/RankingSection';
import {
  childRankings,
  childrenSpec,
  childWord,
  levelSpec,
  sourceTable,
  trendSpec,
  workerRankings,
} from '../../dashboardView';
import { useDashboard } from '../../hooks/useDashboard';
import '../../stats.scss';

/** Who may export the 月度通报, and of which scopes (the contract's REPORT_EXPORTERS and its types). */
const canExport = (me: Me | undefined, d: StatsDashboard) =>
  d.org.type !== 'grid' && REPORT_EXPORTERS.some((r) => hasRole(me, r));

const dashboardUrl = (orgId: string) => `${PAGES.statsDashboard}?orgId=${encodeURIComponent(orgId)}`;

function Children({ d }: { d: StatsDashboard }) {
  if (!d.children.length) return null;
  return (
    <View className="lx-section">
      <View className="lx-section__head">
        <Text className="lx-section__title">各{childWord(d)}看板</Text>
      </View>
      {d.children.map((c) => (
        <View key={c.id} className="lx-entry" hoverClass="lx-row--pressed" onClick={() => go(dashboardUrl(c.id))}>
          <View className="lx-entry__body">
            <Text className="lx-entry__title">{c.name}</Text>
            <Text className="lx-entry__hint">
              受理 {c.figures.received} 件 · 办结 {c.figures.resolved} 件
            </Text>
          </View>
          <Text className="lx-entry__arrow">›</Text>
        </View>
      ))}
    </View>
  );
}

function Body({ d }: { d: StatsDashboard }) {
  return (
    <View>
      <CountTiles figures={d.figures} />
      <RateList figures={d.figures} />
      <ChartSection spec={trendSpec(d)} />
      {d.children.length ? <ChartSection spec={childrenSpec(d)} /> : null}
      <ChartSection spec={levelSpec(d)} />
      <LevelClaims figures={d.figures} />
      <View className="lx-section">
        <View className="lx-section__head">
          <Text className="lx-section__title">受理来源</Text>
        </View>
        <View className="lx-chart__body">
          <FigureTable caption="受理来源" table={sourceTable(d.figures)} />
        </View>
      </View>
      {childRankings(d).map((r) => (
        <RankingSection key={r.key} ranking={r} />
      ))}
      {workerRankings(d).map((r) => (
        <RankingSection key={`w-${r.key}`} ranking={r} />
      ))}
      <Children d={d} />
    </View>
  );
}

function DashboardPage() {
  const orgId = useRouter().params.orgId || undefined;
  const dash = useDashboard(orgId);
  const { me } = useMe();
  usePullDownRefresh(() => void dash.reload().finally(() => Taro.stopPullDownRefresh()));

  const d = dash.data;
  if (!d && dash.loading) return <LoadingView />;
  if (!d) return <ErrorView error={dash.error} onRetry={() => void dash.reload()} />;
  return (
    <View className="lx-page lx-page--list">
      <Segments items={d.choices} value={dash.period ?? d.period.key} onChange={dash.setPeriod} />
      <View className="lx-stats-scope">
        <Text className="lx-stats-scope__name">{d.org.name}</Text>
        <Text className="lx-stats-scope__period">{dash.loading ? '正在加载…' : d.period.label}</Text>
      </View>
      {dash.error ? <ErrorView error={dash.error} onRetry={() => void dash.reload()} /> : <Body d={d} />}
      {canExport(me, d) && !dash.error ? <ExportButton orgId={d.org.id} period={d.period.key} /> : null}
      {hasRole(me, 'supervisor') ? (
        <View className="lx-stats-actions">
          <Text className="lx-stats-scope__up" onClick={() => go(PAGES.board)}>
            不予受理复核：督办看板 › 不予受理
          </Text>
        </View>
      ) : null}
    </View>
  );
}

export default withPageRoot(DashboardPage);
