/**
 * 入户率 (?orgId=): the community's grids, or the street's communities (a row opens that community),
 * each with its rate and the denominator in words, sortable; the node's own figure on top.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { withPageRoot } from '@/components/PageRoot';
import { Segments } from '@/components/Segments';
import { EmptyView, ErrorView, LoadingView } from '@/components/StateViews';
import { useRemote } from '@/hooks/useRemote';
import { go, PAGES } from '@/utils/nav';
import { coverage, type CoverageView } from '../../api';
import { type CoverageSort, percent, rateWords, SORTS, sortRows } from '../../coverageView';
import '../../visits.scss';

const childUrl = (id: string) => `${PAGES.visitCoverage}?orgId=${encodeURIComponent(id)}`;

function Rows({ c, sort }: { c: CoverageView; sort: CoverageSort }) {
  if (!c.children.length) return <EmptyView text="没有下级网格" />;
  // a street's rows are communities, which open their own grids; a community's grids open nothing
  const street = c.org.type === 'street';
  return (
    <View className="lx-section" role="list" aria-label={`各${street ? '社区' : '网格'}入户率`}>
      {sortRows(c.children, sort).map((r) => (
        <View
          key={r.id}
          role="listitem"
          className="lx-entry"
          hoverClass={street ? 'lx-row--pressed' : undefined}
          onClick={street ? () => go(childUrl(r.id)) : undefined}
        >
          <View className="lx-entry__body">
            <Text className="lx-entry__title">{r.name}</Text>
            <Text className="lx-entry__hint">{rateWords(r)}</Text>
          </View>
          <Text className="lx-visit-rate">{percent(r.rate)}</Text>
          {street ? <Text className="lx-entry__arrow">›</Text> : null}
        </View>
      ))}
    </View>
  );
}

function CoveragePage() {
  const orgId = useRouter().params.orgId || undefined;
  const remote = useRemote(() => coverage(orgId), [orgId]);
  const [sort, setSort] = useState<CoverageSort>('low');
  usePullDownRefresh(() => void remote.reload().finally(() => Taro.stopPullDownRefresh()));
  const c = remote.data;
  if (!c && remote.loading) return <LoadingView />;
  if (!c) return <ErrorView error={remote.error} onRetry={() => void remote.reload()} />;
  return (
    <View className="lx-page lx-page--list">
      <View className="lx-visit-total">
        <Text className="lx-visit-total__name">{c.org.name}</Text>
        <Text className="lx-visit-rate lx-visit-rate--big">入户率 {percent(c.figure.rate)}</Text>
        <Text className="lx-entry__hint">{rateWords(c.figure)}</Text>
      </View>
      <Segments items={SORTS} value={sort} onChange={setSort} />
      <Rows c={c} sort={sort} />
    </View>
  );
}

export default withPageRoot(CoveragePage);
