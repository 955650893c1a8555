/**
 * A paged list with every state it can be in: loading the first page, failed (with 重试), empty (with
 * the page's own words), and the rows with 加载更多 below. Pages give the rows; the states look and
 * behave the same everywhere.
 */
import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import type { PagedList } from '@/hooks/usePagedList';
import { ListFooter } from './ListFooter';
import { EmptyView, ErrorView, LoadingView } from './StateViews';

interface Props<T, X> {
  list: PagedList<T, X>;
  emptyText: string;
  emptyHint?: string;
  children: (item: T) => ReactNode;
}

export function PagedListView<T, X>({ list, emptyText, emptyHint, children }: Props<T, X>) {
  if (list.loading && !list.items.length) return <LoadingView />;
  if (list.error) return <ErrorView message={list.error.message} onRetry={() => void list.refresh()} />;
  if (!list.items.length) return <EmptyView text={emptyText} hint={emptyHint} />;
  return (
    <View className="lx-list">
      {list.items.map(children)}
      <ListFooter
        hasMore={list.hasMore}
        loadingMore={list.loadingMore}
        moreError={list.moreError}
        onMore={() => void list.loadMore()}
      />
    </View>
  );
}
