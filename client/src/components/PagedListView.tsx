/**
 * A paged list with every state it can be in: loading the first page, failed (with 重试), empty (with
 * the page's own words), and the rows with 加载更多 below. Pages give the rows — one at a time
 * (`children`), or all loaded so far at once (`rows`: a page that groups them, like 我的走访's
 * 已逾期 / 今天 / 近期); the states look and behave the same everywhere.
 */
import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import type { PagedList } from '@/hooks/usePagedList';
import { ListFooter } from './ListFooter';
import { EmptyView, ErrorView, LoadingView } from './StateViews';

type Rows<T> =
  { children: (item: T) => ReactNode; rows?: never } | { rows: (items: readonly T[]) => ReactNode; children?: never };

type Props<T, X> = Rows<T> & {
  list: PagedList<T, X>;
  emptyText: string;
  emptyHint?: string;
  /** the rows' wrapper; default lx-list */
  className?: string;
};

export function PagedListView<T, X>({ list, emptyText, emptyHint, className, children, rows }: Props<T, X>) {
  if (list.loading && !list.items.length) return <LoadingView />;
  if (list.error) return <ErrorView error={list.error} onRetry={() => void list.refresh()} />;
  if (!list.items.length) return <EmptyView text={emptyText} hint={emptyHint} />;
  return (
    <View className={className ?? 'lx-list'}>
      {rows ? rows(list.items) : list.items.map(children)}
      <ListFooter
        hasMore={list.hasMore}
        loadingMore={list.loadingMore}
        moreError={list.moreError}
        onMore={() => void list.loadMore()}
      />
    </View>
  );
}
