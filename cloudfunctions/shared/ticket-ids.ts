/**
 * Ids nobody can guess. A ticket's `_id` is what links and every action name, so it must not be
 * enumerable (the human-readable number `no` is for display only); an event's id carries a random tail
 * so two writers racing for the same seq never collide on it (the ticket's own version decides who
 * wins, and the loser is told COMMON.CONFLICT or retried).
 */
import { randomBytes } from 'node:crypto';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** `length` characters of base32 from the system's CSPRNG (5 bits each: 20 → 100 bits). */
export function randomId(length = 20): string {
  const bytes = randomBytes(length);
  let out = '';
  // 256 is a multiple of 32, so taking each byte mod 32 keeps every character equally likely
  for (let i = 0; i < length; i++) out += BASE32[bytes[i] % 32];
  return out;
}

/** A new ticket's public id. */
export const newTicketId = (): string => randomId(20);

/** An event's id: its ticket and seq for reading, a random tail so racing writers never share one. */
export const eventId = (ticketId: string, seq: number): string => `${ticketId}-${seq}-${randomId(8)}`;
