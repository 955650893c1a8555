/** A paged list of tickets with its loading, empty, failed and 加载更多 states. */
import type { Audience, TicketSummary } from '@lx/types';
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
  /** the resident's own list reads plain words */
  who?: Audience;
}

export function TicketList<X>({ list, emptyText, emptyHint, showDue, askRating, now = Date.now(), who }: Props<X>) {
  return (
    <PagedListView list={list} emptyText={emptyText} emptyHint={emptyHint}>
      {(t) => (
        <TicketRow
          key={t.id}
          ticket={t}
          showDue={showDue}
          askRating={askRating}
          who={who}
          now={now}
          onClick={() => go(ticketUrl(t.id))}
        />
      )}
    </PagedListView>
  );
}
