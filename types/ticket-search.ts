/**
 * The queue's 搜索 box, read the same way on every device: a ticket number (20261121-04217, or the
 * digits a worker remembers of it) or words, each of which must appear in the category or the
 * description. Pure: the repository turns the words into its database's regular expressions.
 */
import { QUERY_WORDS } from './api/tickets';

export interface TicketQuery {
  /** digits (and the dash) of a ticket number: matched anywhere in `no` */
  no?: string;
  /** words, all of which must appear (any order) */
  words: string[];
}

const NUMBER = /^[\d-]{3,}$/;

export function parseTicketQuery(q: string | undefined): TicketQuery {
  const parts = (q ?? '').split(/[\s,，、;；]+/u).filter(Boolean);
  if (parts.length === 1 && NUMBER.test(parts[0])) return { no: parts[0], words: [] };
  return { words: parts.slice(0, QUERY_WORDS) };
}

/** A user's word as a regular expression's source that matches only that text. */
export const literalPattern = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
