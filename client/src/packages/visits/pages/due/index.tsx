/**
 * 我的走访 (入户走访 and 结对帮扶 open it): the visitor's due visits, 已超期 first, then today's, then
 * the rest, paged. A row opens the step screen.
 */
import { useEffect } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro';
import { VISIT_SOURCE_LABELS, VISIT_STATUS_LABELS } from '@lx/types';
import { ListFooter } from '@/components/ListFooter';
import { EmptyView, ErrorView, LoadingView } from '@/components/StateViews';
import { usePagedList } from '@/hooks/usePagedList';
import { useShowAgain } from '@/hooks/useShowAgain';
import { go, visitUrl } from '@/utils/nav';
import { type DueItem, dueVisits } from '../../api';
import { dueWords, groupDue, ofKind } from '../../dueView';
import '../../visits.scss';

function DueRow({ item, now }: { item: DueItem; now: number }) {
  const v = item.visit;
  const late = item.bucket === 'overdue';
  return (
    <View className="lx-entry lx-visit-due" hoverClass="lx-row--pressed" onClick={() => go(visitUrl(v._id))}>
      <View className="lx-entry__body">
        <Text className="lx-entry__title">{v.room}</Text>
        <Text className="lx-entry__hint">
          {VISIT_SOURCE_LABELS[v.source]}
          {v.steps.length ? ` · 已做到第 ${v.steps.length} 步` : ` · ${VISIT_STATUS_LABELS[v.status]}`}
        </Text>
      </View>
      <Text className={`lx-visit-due__when ${late ? 'lx-visit-due__when--late' : ''}`}>{dueWords(v.dueAt, now)}</Text>
    </View>
  );
}

export default function DueVisitsPage() {
  const kind = useRouter().params.kind;
  // the page config says 入户走访; a party member came here from 结对帮扶 and should read that
  useEffect(() => {
    if (kind === 'pairing') void Taro.setNavigationBarTitle({ title: '结对帮扶' });
  }, [kind]);
  const list = usePagedList(dueVisits, []);
  usePullDownRefresh(() => void list.refresh().finally(() => Taro.stopPullDownRefresh()));
  useReachBottom(() => void list.loadMore());
  useShowAgain(() => void list.refresh());
  const now = Date.now();

  if (list.loading && !list.items.length) return <LoadingView />;
  if (list.error) return <ErrorView message={list.error.message} onRetry={() => void list.refresh()} />;
  const rows = ofKind(list.items, kind);
  if (!rows.length && !list.hasMore) return <EmptyView text="没有要走访的住户" hint="结对和重点户到期时会出现在这里" />;
  return (
    <View className="lx-page lx-page--list">
      {groupDue(rows, now).map((g) => (
        <View key={g.bucket} className="lx-section" role="group" aria-label={g.label}>
          <View className="lx-section__head">
            <Text className={`lx-section__title lx-visit-group--${g.bucket}`}>
              {g.label}（{g.items.length}）
            </Text>
          </View>
          {g.items.map((item) => (
            <DueRow key={item.visit._id} item={item} now={now} />
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
