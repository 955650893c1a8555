/**
 * 我的走访 (入户走访 and 结对帮扶 open it): the visitor's due visits, 已超期 first, then today's, then
 * the rest, paged. A row opens the step screen.
 */
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { ListFooter } from '@/components/ListFooter';
import { EmptyView, ErrorView, LoadingView } from '@/components/StateViews';
import { usePagedList } from '@/hooks/usePagedList';
import { useShowAgain } from '@/hooks/useShowAgain';
import { go, visitUrl } from '@/utils/nav';
import { type DueVisit, dueVisits } from '../../api';
import { dueWords, groupDue } from '../../dueView';
import '../../visits.scss';

function DueRow({ v, now }: { v: DueVisit; now: number }) {
  const late = v.dueAt < now && dueWords(v.dueAt, now).startsWith('已超期');
  return (
    <View className="lx-entry lx-visit-due" hoverClass="lx-row--pressed" onClick={() => go(visitUrl(v.id))}>
      <View className="lx-entry__body">
        <Text className="lx-entry__title">{v.householdLabel}</Text>
        <Text className="lx-entry__hint">
          {v.kindLabel}
          {v.stepsDone ? ` · 已做到第 ${v.stepsDone} 步` : ''}
        </Text>
      </View>
      <Text className={`lx-visit-due__when ${late ? 'lx-visit-due__when--late' : ''}`}>{dueWords(v.dueAt, now)}</Text>
    </View>
  );
}

export default function DueVisitsPage() {
  const list = usePagedList(dueVisits, []);
  usePullDownRefresh(() => void list.refresh().finally(() => Taro.stopPullDownRefresh()));
  useReachBottom(() => void list.loadMore());
  useShowAgain(() => void list.refresh());
  const now = Date.now();

  if (list.loading && !list.items.length) return <LoadingView />;
  if (list.error) return <ErrorView message={list.error.message} onRetry={() => void list.refresh()} />;
  if (!list.items.length) return <EmptyView text="没有要走访的住户" hint="结对和重点户到期时会出现在这里" />;
  return (
    <View className="lx-page lx-page--list">
      {groupDue(list.items, now).map((g) => (
        <View key={g.bucket} className="lx-section" role="group" aria-label={g.label}>
          <View className="lx-section__head">
            <Text className={`lx-section__title lx-visit-group--${g.bucket}`}>
              {g.label}（{g.items.length}）
            </Text>
          </View>
          {g.items.map((v) => (
            <DueRow key={v.id} v={v} now={now} />
          ))}
        </View>
      ))}
      <ListFooter
        hasMore={list.hasMore}
        loadingMore={list.loadingMore}
        moreError={list.moreError}
        onMore={() => void list.loadMore()}
      />
    </View>
  );
}
