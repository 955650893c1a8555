/**
 * The demo's statistics are what the live path would have kept: the rebuild of its own event log, and
 * they agree with the tickets as stored (every filing counted once, each queue's tabs the tickets in it).
 */
import {
  bucketOf,
  type CounterDoc,
  normalizeCounterDoc,
  rebuildCounters,
  sumCounts,
  type Ticket,
  type TicketEvent,
} from '@lx/types';
import { buildSeed } from './build';

const NOW = Date.parse('2026-11-21T10:00:00+08:00');
const data = buildSeed({ now: NOW });
const tickets = data.tickets as unknown as Ticket[];
const events = data.ticket_events as unknown as TicketEvent[];
const counters = data.stats_counters as unknown as CounterDoc[];
const byId = (docs: CounterDoc[]) =>
  Object.fromEntries(
    docs.map((d) => [d._id, normalizeCounterDoc(d)]).sort(([a], [b]) => String(a).localeCompare(String(b))),
  );

describe('the seed statistics', () => {
  it('are the rebuild of the seed events', () => {
    expect(byId(counters)).toEqual(byId([...rebuildCounters(tickets, events).values()]));
  });

  it('count every filing once, by source, and each queue holds the tickets in it', () => {
    const leaves = counters.filter((d) => d.kind === 'node');
    const all = sumCounts(leaves.flatMap((d) => Object.values(d.cells)));
    expect(all.filed).toBe(tickets.length);
    expect(all.src_resident ?? 0).toBe(tickets.filter((t) => t.source === 'resident').length);
    expect(all.rated ?? 0).toBe(events.filter((e) => e.rating).length);
    const queues: Record<string, Record<string, number>> = {};
    for (const t of tickets) {
      const b = bucketOf(t.status);
      if (b) (queues[`q|${t.handlerOrgId}`] ??= {})[b] = (queues[`q|${t.handlerOrgId}`]?.[b] ?? 0) + 1;
    }
    const kept: Record<string, Record<string, number>> = {};
    for (const d of counters.map(normalizeCounterDoc)) {
      if (d.kind === 'queue' && Object.keys(d.tabs).length) kept[d._id] = d.tabs as Record<string, number>;
    }
    expect(kept).toEqual(queues);
  });
});
