/** A paged list of tickets with its loading, empty, failed and 加载更多 states. */
import type { TicketSummary } from '@lx/types';
import { PagedListView } from '@/components/PagedListView';
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
  return (
    <PagedListView list={list} emptyText={emptyText} emptyHint={emptyHint}>
      {(t) => (
        <TicketRow
          key={t.id}
          ticket={t}
          showDue={showDue}
          askRating={askRating}
          now={now}
          onClick={() => go(ticketUrl(t.id))}
        />
      )}
    </PagedListView>
  );
}
