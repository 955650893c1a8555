/**
 * Transactions with optimistic concurrency.
 *
 * A transaction never locks anything. Each document it touches (read, or read-before-write) is
 * snapshotted as the exact stored text at first touch (null when absent); later reads inside the
 * transaction see that snapshot, overlaid with the transaction's own buffered writes. On commit, in
 * one SQLite write transaction, every snapshot is compared with the current text: any difference
 * (another transaction or a plain write changed, created or deleted the document) answers
 * DATABASE_TRANSACTION_CONFLICT and applies nothing; otherwise all buffered writes are applied
 * atomically. Comparing the text instead of a version column keeps the table schema plain; a write
 * that changes nothing is skipped by the executor, so it never causes a spurious conflict.
 *
 * The SDK's runTransaction retries its callback on DATABASE_TRANSACTION_CONFLICT (up to 3 more
 * times, @cloudbase/database transaction/index.ts), so concurrent increments are never lost. The real
 * service detects write–write conflicts at write time and makes a plain write wait for the
 * transaction's lock; here a plain write proceeds and the transaction conflicts at commit instead,
 * which is observably the same for runTransaction callers and can never hang.
 *
 * Not detected: phantoms (a where-query inside a transaction does not conflict with a later insert
 * that would have matched). The app's transactions read documents by _id.
 *
 * Transactions expire like the service's (30 s): afterwards any use answers DATABASE_TRANSACTION_FAIL.
 */
import { randomUUID } from 'node:crypto';
import { Query } from 'mingo';
import { fromStorageText, toStorageText, type Doc } from './codec';
import { DB_ERRORS, DbError } from './errors';
import type { SortKeys } from './pushdown';
import { sortInPlace } from './sort';
import { keyOf, type Store, type WriteOp } from './store';

export interface ViewRow {
  doc: Doc;
  text: string;
}

export interface FindArgs {
  sort?: SortKeys;
  skip?: number;
  limit?: number;
}

/** What the executor reads and writes through: committed data, or a transaction's view of it. */
export interface View {
  getById(coll: string, id: unknown): ViewRow | null;
  find(coll: string, query: Doc, args?: FindArgs): ViewRow[];
  count(coll: string, query: Doc): number;
  write(coll: string, ops: WriteOp[]): void;
}

export class CommittedView implements View {
  constructor(private readonly store: Store) {}

  getById(coll: string, id: unknown): ViewRow | null {
    const row = this.store.getRow(coll, id);
    return row ? { doc: fromStorageText(row.text), text: row.text } : null;
  }

  find(coll: string, query: Doc, args: FindArgs = {}): ViewRow[] {
    return this.store.findRows(coll, query, args);
  }

  count(coll: string, query: Doc): number {
    return this.store.count(coll, query);
  }

  write(coll: string, ops: WriteOp[]): void {
    this.store.write(coll, ops);
  }
}

interface Snapshot {
  coll: string;
  id: string;
  text: string | null;
  /** natural-order position for sorting overlay rows like committed ones */
  order: number;
}

interface BufferedWrite {
  coll: string;
  id: string;
  text: string | null;
  doc: Doc | null;
}

const k = (coll: string, id: string): string => `${coll}\u0000${id}`;

/** Rows created inside a transaction sort after every committed row, in creation order. */
const NEW_ROW_BASE = 1e15;

export class Transaction implements View {
  readonly id = randomUUID();
  readonly startedAt: number;
  private readonly snapshots = new Map<string, Snapshot>();
  private readonly writes = new Map<string, BufferedWrite>();
  private created = 0;

  constructor(
    private readonly store: Store,
    now: number,
  ) {
    this.startedAt = now;
  }

  private snapshot(coll: string, id: string): Snapshot {
    const key = k(coll, id);
    let s = this.snapshots.get(key);
    if (!s) {
      const row = this.store.getRow(coll, id);
      s = { coll, id, text: row?.text ?? null, order: row?.rowid ?? NEW_ROW_BASE + this.created++ };
      this.snapshots.set(key, s);
    }
    return s;
  }

  private current(coll: string, id: string): string | null {
    const w = this.writes.get(k(coll, id));
    return w ? w.text : this.snapshot(coll, id).text;
  }

  getById(coll: string, id: unknown): ViewRow | null {
    const text = this.current(coll, keyOf(id));
    return text === null ? null : { doc: fromStorageText(text), text };
  }

  find(coll: string, query: Doc, args: FindArgs = {}): ViewRow[] {
    const matched: Array<ViewRow & { order: number }> = [];
    const seen = new Set<string>();
    for (const row of this.store.findRows(coll, query)) {
      const key = k(coll, row.id);
      if (this.snapshots.has(key) || this.writes.has(key)) continue;
      this.snapshots.set(key, { coll, id: row.id, text: row.text, order: row.rowid });
      seen.add(key);
      matched.push({ doc: row.doc, text: row.text, order: row.rowid });
    }
    const matcher = new Query(query);
    for (const [key, s] of this.snapshots) {
      if (s.coll !== coll || seen.has(key)) continue;
      const text = this.writes.has(key) ? (this.writes.get(key) as BufferedWrite).text : s.text;
      if (text === null) continue;
      const doc = fromStorageText(text);
      if (matcher.test(doc)) matched.push({ doc, text, order: s.order });
    }
    matched.sort((a, b) => a.order - b.order);
    if (args.sort?.length) sortInPlace(matched, args.sort, (r) => r.doc);
    const skip = args.skip ?? 0;
    return matched.slice(skip, args.limit === undefined ? undefined : skip + args.limit);
  }

  count(coll: string, query: Doc): number {
    return this.find(coll, query).length;
  }

  write(coll: string, ops: WriteOp[]): void {
    for (const op of ops) {
      if (op.kind === 'delete') {
        this.snapshot(coll, op.id);
        this.writes.set(k(coll, op.id), { coll, id: op.id, text: null, doc: null });
        continue;
      }
      const id = keyOf(op.doc._id);
      if (op.kind === 'insert' && this.current(coll, id) !== null) {
        throw new DbError(DB_ERRORS.DUPLICATE_WRITE, `E11000 duplicate key error collection: ${coll} _id: ${id}`);
      }
      this.snapshot(coll, id);
      this.writes.set(k(coll, id), { coll, id, text: toStorageText(op.doc), doc: op.doc });
    }
  }

  /** Verifies the snapshots and applies the writes in one SQLite transaction, or throws a conflict. */
  commit(): void {
    this.store.transaction(() => {
      for (const s of this.snapshots.values()) {
        if (this.store.getText(s.coll, s.id) !== s.text) {
          throw new DbError(
            DB_ERRORS.TRANSACTION_CONFLICT,
            `database transaction conflict: ${s.coll}/${s.id} was changed by another operation`,
          );
        }
      }
      const byColl = new Map<string, WriteOp[]>();
      for (const w of this.writes.values()) {
        const ops = byColl.get(w.coll) ?? [];
        const before = this.snapshots.get(k(w.coll, w.id))?.text ?? null;
        if (w.doc === null) {
          if (before !== null) ops.push({ kind: 'delete', id: w.id });
        } else {
          ops.push({ kind: before === null ? 'insert' : 'put', doc: w.doc });
        }
        byColl.set(w.coll, ops);
      }
      for (const [coll, ops] of byColl) if (ops.length) this.store.write(coll, ops);
    });
  }
}

export class TransactionManager {
  private readonly open = new Map<string, Transaction>();

  constructor(
    private readonly store: Store,
    private readonly timeoutMs: number,
    private readonly now: () => number,
  ) {}

  start(): Transaction {
    const now = this.now();
    for (const [id, tx] of this.open) if (now - tx.startedAt > this.timeoutMs) this.open.delete(id);
    const tx = new Transaction(this.store, now);
    this.open.set(tx.id, tx);
    return tx;
  }

  /** The open transaction, or DATABASE_TRANSACTION_FAIL as the service answers for unknown/expired ids. */
  get(id: string): Transaction {
    const tx = this.open.get(id);
    if (!tx) throw new DbError(DB_ERRORS.TRANSACTION_FAIL, `transaction ${id} does not exist or has ended`);
    if (this.now() - tx.startedAt > this.timeoutMs) {
      this.open.delete(id);
      throw new DbError(
        DB_ERRORS.TRANSACTION_FAIL,
        `transaction ${id} expired (must commit or abort within ${this.timeoutMs / 1000} s)`,
      );
    }
    return tx;
  }

  commit(id: string): void {
    const tx = this.get(id);
    // a transaction ends with its commit attempt either way: the SDK starts a new one to retry
    this.open.delete(id);
    tx.commit();
  }

  abort(id: string): void {
    this.get(id);
    this.open.delete(id);
  }

  get size(): number {
    return this.open.size;
  }
}
