/**
 * Counts what crosses the seam, one per SDK request, so benchmarks can print "database operations
 * per filing" that match what CloudBase would bill: reads (get, count, aggregate, including gets
 * inside a transaction), writes (add, update, set, remove, including in-transaction writes) and
 * transaction control (start, commit, abort). Storage and openapi calls are counted per action only.
 */
import { classifyAction } from './executor';

export interface StatsSnapshot {
  reads: number;
  writes: number;
  txControl: number;
  /** every database request (reads + writes + txControl + other database actions) */
  total: number;
  byAction: Record<string, number>;
}

export class Stats implements StatsSnapshot {
  reads = 0;
  writes = 0;
  txControl = 0;
  total = 0;
  byAction: Record<string, number> = {};

  /** Database request as received by the seam. */
  record(action: string): void {
    this.total++;
    switch (classifyAction(action)) {
      case 'read':
        this.reads++;
        break;
      case 'write':
        this.writes++;
        break;
      case 'txControl':
        this.txControl++;
        break;
      default:
        break;
    }
    this.count(action);
  }

  /** Non-database calls (storage.uploadFile, openapi.subscribeMessage.send …): per action only. */
  count(action: string): void {
    this.byAction[action] = (this.byAction[action] ?? 0) + 1;
  }

  reset(): void {
    this.reads = 0;
    this.writes = 0;
    this.txControl = 0;
    this.total = 0;
    this.byAction = {};
  }

  snapshot(): StatsSnapshot {
    return {
      reads: this.reads,
      writes: this.writes,
      txControl: this.txControl,
      total: this.total,
      byAction: { ...this.byAction },
    };
  }
}
