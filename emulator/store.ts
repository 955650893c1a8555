/**
 * Durable document storage on better-sqlite3: one table per collection (`_id TEXT PRIMARY KEY,
 * doc TEXT`), documents as JSON text (date encoding in codec.ts), WAL for a file database so a
 * reader (the seed CLI, a second gateway) never blocks the writer.
 *
 * Declared index fields become SQLite expression indexes on `json_extract(doc, '$.field')`, composite
 * in declared order with the declared direction. Queries use them through the prefilter of
 * pushdown.ts; every candidate is re-checked by mingo.
 *
 * To keep "results never differ from a full scan" true even when data breaks the declaration (an
 * array stored in an indexed field), the store records, per collection and declared field, which
 * documents hold a value that is an array (`kind='array'`: the field is not pushed at all) or a
 * non-scalar such as a boolean, Date or object (`kind='other'`: no ORDER BY pushdown on it). The
 * table is empty in a healthy database, so the check costs two indexed lookups per field per query.
 *
 * Row order: `rowid` is insertion order and survives updates (upserts use ON CONFLICT DO UPDATE), so
 * it plays the part of MongoDB's natural order and breaks ties in every sort.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { Query } from 'mingo';
import { fromStorageText, toStorageText, type Doc } from './codec';
import { DB_ERRORS, DbError, isDuplicateKeyError } from './errors';
import { fieldExpr, isSafeField, planQuery, type FieldUse, type Plan, type SortKeys } from './pushdown';
import { sortInPlace, toSortKeys } from './sort';
import { ensureMingoOperators } from './mingo-setup';

export interface IndexDecl {
  name: string;
  keys: { field: string; direction: 1 | -1 }[];
  unique?: boolean;
}
export type IndexMap = Record<string, IndexDecl[]>;

export interface FindOptions {
  /** `{ field: 1 | -1 }` in priority order, or `[['field', -1], …]` */
  sort?: Record<string, 1 | -1> | Array<[string, 1 | -1]>;
  skip?: number;
  limit?: number;
  projection?: Record<string, unknown>;
}

export interface StoreOptions {
  indexes?: IndexMap;
  /** false: every query is a scan + mingo (the reference the pushdown is compared against) */
  pushdown?: boolean;
}

export interface Row {
  rowid: number;
  id: string;
  text: string;
}

export type WriteOp = { kind: 'insert'; doc: Doc } | { kind: 'put'; doc: Doc } | { kind: 'delete'; id: string };

type Stmt = Database.Statement<unknown[], unknown>;

interface Handle {
  name: string;
  table: string;
  fields: string[];
  byId: Stmt;
  byRowid: Stmt;
  insert: Stmt;
  upsert: Stmt;
  remove: Stmt;
  count: Stmt;
  scan: Stmt;
}

const TABLE_PREFIX = 'c:';
const INDEX_PREFIX = 'i:';

const quote = (ident: string): string => `"${ident.replace(/"/g, '""')}"`;

/** A document key as the primary key column holds it (numbers become their decimal text). */
export const keyOf = (id: unknown): string => String(id);

export const newId = (): string => randomUUID().replace(/-/g, '');

type Kind = 'array' | 'other' | null;

/** How a document's value on a dotted path relates to the pushdown rules (see file comment). */
function kindAt(doc: Doc, field: string): Kind {
  let v: unknown = doc;
  for (const seg of field.split('.')) {
    if (Array.isArray(v)) return 'array';
    if (v === null || typeof v !== 'object' || v instanceof Date || v instanceof RegExp) return null;
    v = (v as Record<string, unknown>)[seg];
  }
  if (Array.isArray(v)) return 'array';
  if (v === undefined || v === null || typeof v === 'string') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? null : 'other';
  return 'other';
}

export class Store {
  readonly db: Database.Database;
  private readonly indexes: IndexMap;
  private readonly pushdown: boolean;
  private readonly handles = new Map<string, Handle>();
  private readonly stmtCache = new Map<string, Stmt>();
  private readonly irrInsert: Stmt;
  private readonly irrDelete: Stmt;
  private readonly irrProbe: Stmt;

  constructor(file: string, opts: StoreOptions = {}) {
    ensureMingoOperators();
    this.indexes = opts.indexes ?? {};
    this.pushdown = opts.pushdown !== false;
    this.db = new Database(file);
    if (file !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS _lx_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS _lx_irregular (
        coll TEXT NOT NULL, field TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL,
        PRIMARY KEY (coll, field, kind, id)) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS _lx_irregular_by_doc ON _lx_irregular (coll, id);
    `);
    this.irrInsert = this.db.prepare('INSERT OR IGNORE INTO _lx_irregular (coll, field, kind, id) VALUES (?, ?, ?, ?)');
    this.irrDelete = this.db.prepare('DELETE FROM _lx_irregular WHERE coll = ? AND id = ?');
    this.irrProbe = this.db
      .prepare('SELECT 1 FROM _lx_irregular WHERE coll = ? AND field = ? AND kind = ? LIMIT 1')
      .pluck();
    for (const name of Object.keys(this.indexes)) this.handle(name);
  }

  // ---------------------------------------------------------------- collections and indexes

  /** Collection names that have a table (declared ones are created at open). */
  collections(): string[] {
    return (
      this.db
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'c:%' ORDER BY name`)
        .pluck()
        .all() as string[]
    ).map((t) => t.slice(TABLE_PREFIX.length));
  }

  hasCollection(name: string): boolean {
    return (
      this.db
        .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`)
        .pluck()
        .get(TABLE_PREFIX + name) === 1
    );
  }

  /** The table for a collection, created on first use with its declared indexes. */
  handle(name: string): Handle {
    const cached = this.handles.get(name);
    if (cached) return cached;
    if (!name || typeof name !== 'string') throw new DbError(DB_ERRORS.INVALID_PARAM, 'collectionName is required');
    const table = quote(TABLE_PREFIX + name);
    this.db.exec(`CREATE TABLE IF NOT EXISTS ${table} (_id TEXT PRIMARY KEY NOT NULL, doc TEXT NOT NULL)`);
    const decls = this.indexes[name] ?? [];
    const fields = Array.from(new Set(decls.flatMap((d) => d.keys.map((k) => k.field)))).filter(
      (f) => f !== '_id' && isSafeField(f),
    );
    this.syncIndexes(name, table, decls);
    const h: Handle = {
      name,
      table,
      fields,
      byId: this.db.prepare(`SELECT rowid, _id AS id, doc AS text FROM ${table} WHERE _id = ?`),
      byRowid: this.db.prepare(`SELECT rowid, _id AS id, doc AS text FROM ${table} WHERE rowid = ?`),
      insert: this.db.prepare(`INSERT INTO ${table} (_id, doc) VALUES (?, ?)`),
      upsert: this.db.prepare(
        `INSERT INTO ${table} (_id, doc) VALUES (?, ?) ON CONFLICT(_id) DO UPDATE SET doc = excluded.doc`,
      ),
      remove: this.db.prepare(`DELETE FROM ${table} WHERE _id = ?`),
      count: this.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck(),
      scan: this.db.prepare(`SELECT rowid, _id AS id, doc AS text FROM ${table} ORDER BY rowid`),
    };
    this.handles.set(name, h);
    this.syncIrregular(h);
    return h;
  }

  private syncIndexes(name: string, table: string, decls: IndexDecl[]): void {
    const wanted = new Map<string, string>();
    for (const d of decls) {
      const keys = d.keys.filter((k) => k.field === '_id' || isSafeField(k.field));
      if (keys.length === 0) continue;
      const ixName = quote(`${INDEX_PREFIX}${name}:${d.name}`);
      const cols = keys.map((k) => `${fieldExpr(k.field)}${k.direction === -1 ? ' DESC' : ''}`).join(', ');
      wanted.set(
        `${INDEX_PREFIX}${name}:${d.name}`,
        `CREATE ${d.unique ? 'UNIQUE ' : ''}INDEX ${ixName} ON ${table} (${cols})`,
      );
    }
    const existing = this.db
      .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND name LIKE 'i:%'`)
      .all(TABLE_PREFIX + name) as { name: string; sql: string }[];
    for (const ix of existing) {
      if (wanted.get(ix.name) !== ix.sql) this.db.exec(`DROP INDEX ${quote(ix.name)}`);
    }
    const kept = new Set(existing.filter((ix) => wanted.get(ix.name) === ix.sql).map((ix) => ix.name));
    for (const [ixName, sql] of wanted) if (!kept.has(ixName)) this.db.exec(sql);
  }

  /** Re-classifies every document when the set of declared fields changed since the file was written. */
  private syncIrregular(h: Handle): void {
    const key = `fields:${h.name}`;
    const signature = JSON.stringify([...h.fields].sort());
    const stored = this.db.prepare('SELECT value FROM _lx_meta WHERE key = ?').pluck().get(key) as string | undefined;
    if (stored === signature) return;
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM _lx_irregular WHERE coll = ?').run(h.name);
      if (h.fields.length > 0) {
        for (const row of h.scan.all() as Row[]) this.classify(h, row.id, fromStorageText(row.text));
      }
      this.db
        .prepare(
          'INSERT INTO _lx_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
        )
        .run(key, signature);
    })();
  }

  private classify(h: Handle, id: string, doc: Doc): void {
    for (const f of h.fields) {
      const kind = kindAt(doc, f);
      if (kind) this.irrInsert.run(h.name, f, kind, id);
    }
  }

  private fieldUse(h: Handle, field: string): FieldUse | undefined {
    if (!this.pushdown || !h.fields.includes(field)) return undefined;
    const hasArray = this.irrProbe.get(h.name, field, 'array') === 1;
    if (hasArray) return { filterable: false, sortable: false };
    const hasOther = this.irrProbe.get(h.name, field, 'other') === 1;
    return { filterable: true, sortable: !hasOther };
  }

  // ---------------------------------------------------------------- writes

  /** Runs `fn` in one SQLite write transaction (nested calls become savepoints). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  /**
   * Applies writes to one collection. `insert` fails with DATABASE_DUPLICATE_WRITE on an existing
   * `_id` (or a unique index); `put` inserts or replaces keeping the row's place in natural order.
   */
  write(coll: string, ops: WriteOp[]): void {
    const h = this.handle(coll);
    const run = () => {
      for (const op of ops) {
        if (op.kind === 'delete') {
          h.remove.run(op.id);
          if (h.fields.length) this.irrDelete.run(h.name, op.id);
          continue;
        }
        const id = keyOf(op.doc._id);
        const text = toStorageText(op.doc);
        try {
          (op.kind === 'insert' ? h.insert : h.upsert).run(id, text);
        } catch (e) {
          if (isDuplicateKeyError(e)) {
            throw new DbError(DB_ERRORS.DUPLICATE_WRITE, `E11000 duplicate key error collection: ${coll} _id: ${id}`);
          }
          throw e;
        }
        if (h.fields.length) {
          if (op.kind === 'put') this.irrDelete.run(h.name, id);
          this.classify(h, id, op.doc);
        }
      }
    };
    if (this.db.inTransaction) run();
    else this.transaction(run);
  }

  /** Seeding/test API: inserts in one transaction; missing `_id`s are generated. */
  insertMany(coll: string, docs: Doc[]): string[] {
    const ids: string[] = [];
    const ops: WriteOp[] = docs.map((d) => {
      const doc = d._id === undefined || d._id === null ? { _id: newId(), ...d } : d;
      ids.push(keyOf(doc._id));
      return { kind: 'insert', doc };
    });
    this.write(coll, ops);
    return ids;
  }

  /** Removes every document of every collection (tables and indexes stay). */
  clear(): void {
    this.transaction(() => {
      for (const c of this.collections()) this.db.exec(`DELETE FROM ${quote(TABLE_PREFIX + c)}`);
      this.db.exec('DELETE FROM _lx_irregular');
    });
  }

  // ---------------------------------------------------------------- reads

  getRow(coll: string, id: unknown): Row | null {
    return (this.handle(coll).byId.get(keyOf(id)) as Row | undefined) ?? null;
  }

  getText(coll: string, id: unknown): string | null {
    return this.getRow(coll, id)?.text ?? null;
  }

  get(coll: string, id: unknown): Doc | null {
    const t = this.getText(coll, id);
    return t === null ? null : fromStorageText(t);
  }

  /**
   * The collection exactly as stored, as one string (in insertion order), without parsing a document:
   * what a test compares to prove an action wrote nothing. Parsing and re-serialising every document
   * (all() + JSON.stringify) took ~160 ms over the demo seed's households; this is SQLite's own text.
   */
  storedText(coll: string): string {
    const h = this.handle(coll);
    const row = this.prepared(
      `SELECT group_concat(_id || char(31) || doc, char(30)) AS s FROM (SELECT _id, doc FROM ${h.table} ORDER BY rowid)`,
    ).get() as { s: string | null };
    return row.s ?? '';
  }

  all(coll: string): Doc[] {
    return (this.handle(coll).scan.all() as Row[]).map((r) => fromStorageText(r.text));
  }

  private prepared(sql: string): Stmt {
    let s = this.stmtCache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      if (this.stmtCache.size > 500) this.stmtCache.clear();
      this.stmtCache.set(sql, s);
    }
    return s;
  }

  /** The SQL the store would run for a query, or null for a plain natural-order scan. */
  private candidateSql(h: Handle, plan: Plan, useOrder: boolean): string | null {
    const order = useOrder && plan.orderBy ? [...plan.orderBy, 'rowid'] : ['rowid'];
    if (plan.where.length === 0 && order.length === 1) return null;
    const where = plan.where.length ? ` WHERE ${plan.where.join(' AND ')}` : '';
    return `SELECT rowid FROM ${h.table}${where} ORDER BY ${order.join(', ')}`;
  }

  private *candidates(h: Handle, plan: Plan, useOrder: boolean): Generator<Row> {
    const sql = this.candidateSql(h, plan, useOrder);
    if (sql === null) {
      yield* h.scan.iterate() as IterableIterator<Row>;
      return;
    }
    for (const rowid of this.prepared(sql)
      .pluck()
      .iterate(...plan.params) as IterableIterator<number>) {
      const row = h.byRowid.get(rowid) as Row | undefined;
      if (row) yield row;
    }
  }

  /**
   * Matching rows with their parsed documents, in the requested order (natural order when none).
   * The matcher is compiled once per call; rows are parsed once and re-checked by mingo.
   */
  findRows(
    coll: string,
    query: Doc,
    opts: { sort?: SortKeys; skip?: number; limit?: number } = {},
  ): Array<Row & { doc: Doc }> {
    const h = this.handle(coll);
    const skip = Math.max(0, opts.skip ?? 0);
    const limit = opts.limit === undefined ? Infinity : Math.max(0, opts.limit);
    const sort = opts.sort && opts.sort.length ? opts.sort : undefined;
    if (limit === 0) return [];
    const plan = planQuery(query, sort, (f) => this.fieldUse(h, f));
    const matcher = Object.keys(query).length === 0 ? null : new Query(query);
    if (!sort || plan.orderBy !== null) {
      // rows arrive in final order: stop as soon as the page is full
      return this.collect(h, plan, matcher, skip, limit);
    }
    const all = this.collect(h, plan, matcher, 0, Infinity);
    sortInPlace(all, sort, (r) => r.doc);
    return all.slice(skip, limit === Infinity ? undefined : skip + limit);
  }

  private collect(
    h: Handle,
    plan: Plan,
    matcher: Query | null,
    skip: number,
    limit: number,
  ): Array<Row & { doc: Doc }> {
    const out: Array<Row & { doc: Doc }> = [];
    let skipped = 0;
    for (const row of this.candidates(h, plan, true)) {
      const doc = fromStorageText(row.text);
      if (matcher && !matcher.test(doc)) continue;
      if (skipped < skip) {
        skipped++;
        continue;
      }
      out.push({ ...row, doc });
      if (out.length >= limit) break;
    }
    return out;
  }

  find(coll: string, query: Doc = {}, opts: FindOptions = {}): Doc[] {
    const rows = this.findRows(coll, query, { sort: toSortKeys(opts.sort), skip: opts.skip, limit: opts.limit });
    const docs = rows.map((r) => r.doc);
    return opts.projection && Object.keys(opts.projection).length ? project(docs, opts.projection) : docs;
  }

  count(coll: string, query: Doc = {}): number {
    const h = this.handle(coll);
    if (Object.keys(query).length === 0) return h.count.get() as number;
    const plan = planQuery(query, undefined, (f) => this.fieldUse(h, f));
    const matcher = new Query(query);
    let n = 0;
    for (const row of this.candidates(h, plan, false)) if (matcher.test(fromStorageText(row.text))) n++;
    return n;
  }

  /** The pushdown plan and SQLite's EXPLAIN QUERY PLAN for a query (tests and diagnostics). */
  explain(
    coll: string,
    query: Doc,
    opts: { sort?: FindOptions['sort'] } = {},
  ): { plan: Plan; sql: string | null; detail: string[] } {
    const h = this.handle(coll);
    const plan = planQuery(query, toSortKeys(opts.sort), (f) => this.fieldUse(h, f));
    const sql = this.candidateSql(h, plan, true);
    const detail = sql
      ? (this.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...plan.params) as { detail: string }[]).map((r) => r.detail)
      : ['SCAN (natural order)'];
    return { plan, sql, detail };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** mingo projection with MongoDB rules (`_id` included unless excluded). */
export function project(docs: Doc[], projection: Record<string, unknown>): Doc[] {
  return new Query({}).find<Doc>(docs, projection).all();
}
