/** A paged list of tickets with its loading, empty, failed and 加载更多 states. */
import { View } from '@tarojs/components';
import type { TicketSummary } from '@lx/types';
import { ListFooter } from '@/components/ListFooter';
import { EmptyView, ErrorView, LoadingView } from '@/components/StateViews';
import { TicketRow } from '@/components/TicketRow';
import type { PagedList } from '@/hooks/usePagedList';
import { go, ticketUrl } from '@/utils/nav';

interface Props<X> {
  list: PagedList<TicketSummary, X>;
  emptyText: string;
  emptyHint?: string;
  showDue?: boolean;
  askRating?: boolean;
  /** a ticking clock from the page, so countdowns move while it stays open */
  now?: number;
}

export function TicketList<X>({ list, emptyText, emptyHint, showDue, askRating, now = Date.now() }: Props<X>) {
  if (list.loading && !list.items.length) return <LoadingView />;
  if (list.error) return <ErrorView message={list.error.message} onRetry={() => void list.refresh()} />;
  if (!list.items.length) return <EmptyView text={emptyText} hint={emptyHint} />;
  return (
    <View className="lx-list">
      {list.items.map((t) => (
        <TicketRow
          key={t.id}
          ticket={t}
          showDue={showDue}
          askRating={askRating}
          now={now}
          onClick={() => go(ticketUrl(t.id))}
        />
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
