/**
 * Answers the database requests the real SDK sends through `Db.reqClass.send(action, params)`.
 *
 * Action names, read from @cloudbase/database 1.4.3 (the copy node-sdk 3.17.2 loads):
 *   query.ts       database.getDocument, database.calculateDocument (count), database.modifyDocument
 *                  (where().update), database.removeDocument, database.modifyAndReturnDoc
 *   document.ts    database.insertDocument (doc().create), database.modifyDocument (set: merge false,
 *                  upsert true; update: merge true), database.removeDocument, database.getDocument
 *   collection.ts  database.insertDocument (add, one or many)
 *   aggregate.ts   database.aggregateDocuments
 *   index.ts       database.addCollection (createCollection)
 *   transaction/index.ts  database.startTransaction, database.commitTransaction, database.abortTransaction
 * Inside a transaction the SDK sends the ordinary actions with a `transactionId` parameter (doc
 * get/set/update/remove, collection add, where().get). The legacy module transaction.ts with
 * database.getInTransaction / updateDocInTransaction / deleteDocInTransaction is not imported by
 * the package's index and is never sent. Query.count/update/remove do not pass transactionId, so
 * they act on committed data even when built from a transaction's collection, as in production.
 *
 * Answer shapes, checked against the SDK's parsing:
 *   getDocument        { data: { list: [EJSON string] } }  → Query.get maps EJSON.parse over list
 *   calculateDocument  { data: { total } }
 *   insertDocument     { data: { insertedIds: [...] } }
 *   modifyDocument     { data: { updated, upsert_id } }    → set(): stats.created = upsert_id ? 1 : 0
 *   removeDocument     { data: { deleted } }
 *   aggregateDocuments { data: { list: [EJSON string] } }
 *   startTransaction   { transactionId }                   (top level, not under data)
 *   errors             { code: 'DATABASE_…', message }     the seam throws these like node-sdk does
 *
 * Limits: the server SDK itself sends limit 100 when none is given and caps an explicit limit at
 * 1000 (query.ts: `limit < 1000 ? limit : 1000`, else 100). The executor applies the same default
 * and cap so a caller that bypasses the SDK sees what the service would answer. So "a get() returns at
 * most 100" holds only without .limit(); .limit(n) up to 1000 is honoured on the server side.
 *
 * `updated` counts documents whose content actually changed (MongoDB's nModified): an update that
 * sets the values a document already has answers updated 0, as the service does.
 */
import { createUpdater } from 'mingo/updater';
import { isEqual } from 'mingo/util';
import { Aggregator } from 'mingo';
import { cloneDoc, decodeWire, decodeWireObject, toWireText, type Doc } from './codec';
import { DB_ERRORS, DbError } from './errors';
import { ensureMingoOperators } from './mingo-setup';
import { toSortKeys } from './sort';
import { keyOf, newId, project, type Store, type WriteOp } from './store';
import { CommittedView, TransactionManager, type View, type ViewRow } from './transactions';
import type { UpdateExpression } from 'mingo/updater';

export const DB_ACTIONS = {
  getDocument: 'database.getDocument',
  calculateDocument: 'database.calculateDocument',
  insertDocument: 'database.insertDocument',
  modifyDocument: 'database.modifyDocument',
  modifyAndReturnDoc: 'database.modifyAndReturnDoc',
  removeDocument: 'database.removeDocument',
  aggregateDocuments: 'database.aggregateDocuments',
  addCollection: 'database.addCollection',
  startTransaction: 'database.startTransaction',
  commitTransaction: 'database.commitTransaction',
  abortTransaction: 'database.abortTransaction',
} as const;

/** Every action the executor answers; the conformance suite checks the SDK sends no other. */
export const KNOWN_ACTIONS: ReadonlySet<string> = new Set(Object.values(DB_ACTIONS));

export type ActionClass = 'read' | 'write' | 'txControl' | 'other';

export function classifyAction(action: string): ActionClass {
  switch (action) {
    case DB_ACTIONS.getDocument:
    case DB_ACTIONS.calculateDocument:
    case DB_ACTIONS.aggregateDocuments:
      return 'read';
    case DB_ACTIONS.insertDocument:
    case DB_ACTIONS.modifyDocument:
    case DB_ACTIONS.modifyAndReturnDoc:
    case DB_ACTIONS.removeDocument:
      return 'write';
    case DB_ACTIONS.startTransaction:
    case DB_ACTIONS.commitTransaction:
    case DB_ACTIONS.abortTransaction:
      return 'txControl';
    default:
      return 'other';
  }
}

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

export interface DbParams {
  collectionName?: string;
  query?: string;
  queryType?: 'WHERE' | 'DOC';
  order?: string;
  offset?: number;
  limit?: number;
  projection?: string;
  data?: string | string[];
  multi?: boolean;
  merge?: boolean;
  upsert?: boolean;
  transactionId?: string;
  stages?: Array<{ stageKey: string; stageValue: string }>;
}

export interface DbSuccess {
  requestId: string;
  [key: string]: unknown;
}
export interface DbFailure {
  requestId: string;
  code: string;
  message: string;
}
export type DbResponse = DbSuccess | DbFailure;

export const isFailure = (r: DbResponse): r is DbFailure => typeof (r as DbFailure).code === 'string';

export interface ExecutorOptions {
  /** the service drops transactions not ended within 30 s */
  txTimeoutMs?: number;
  now?: () => number;
  newRequestId?: () => string;
}

const updateDoc = createUpdater({ cloneMode: 'deep' });

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** Applies an update document (operators, plus bare fields as $set for raw-mode callers). */
function applyUpdate(doc: Doc, update: Doc): string[] {
  const changed: string[] = [];
  const bare: Doc = {};
  for (const [op, args] of Object.entries(update)) {
    if (!op.startsWith('$')) {
      bare[op] = args;
      continue;
    }
    if (!isPlainObject(args)) throw new DbError(DB_ERRORS.INVALID_OPERATOR, `invalid argument for ${op}`);
    if (Object.keys(args).some((path) => path === '_id' || path.startsWith('_id.'))) {
      throw new DbError(DB_ERRORS.REQUEST_FAILED, 'the _id of a document cannot be modified');
    }
    changed.push(...updateDoc(doc, { [op]: args } as unknown as UpdateExpression));
  }
  if (Object.keys(bare).length) changed.push(...updateDoc(doc, { $set: bare } as UpdateExpression));
  return changed;
}

/** The document an upsert creates from a query's equality conditions, as MongoDB does. */
function seedFromQuery(query: Doc): Doc {
  const seed: Doc = {};
  for (const [key, cond] of Object.entries(query)) {
    if (key.startsWith('$')) continue;
    if (isPlainObject(cond) && Object.keys(cond).some((op) => op.startsWith('$'))) {
      if ('$eq' in cond) updateDoc(seed, { $set: { [key]: cond.$eq } } as UpdateExpression);
      continue;
    }
    updateDoc(seed, { $set: { [key]: cond } } as UpdateExpression);
  }
  return seed;
}

function classifyError(e: unknown): { code: string; message: string } {
  if (e instanceof DbError) return { code: e.code, message: e.message };
  const message = e instanceof Error ? e.message : String(e);
  if (/operator/i.test(message)) return { code: DB_ERRORS.INVALID_OPERATOR, message };
  return { code: DB_ERRORS.REQUEST_FAILED, message };
}

const singleId = (query: Doc): string | number | undefined => {
  const keys = Object.keys(query);
  const id = query._id;
  return keys.length === 1 && (typeof id === 'string' || typeof id === 'number') ? id : undefined;
};

export class Executor {
  private readonly committed: CommittedView;
  readonly transactions: TransactionManager;
  private readonly now: () => number;
  private readonly newRequestId: () => string;
  private requestSeq = 0;

  constructor(
    readonly store: Store,
    opts: ExecutorOptions = {},
  ) {
    ensureMingoOperators();
    this.now = opts.now ?? Date.now;
    this.newRequestId = opts.newRequestId ?? (() => `local-${process.pid}-${++this.requestSeq}`);
    this.committed = new CommittedView(store);
    this.transactions = new TransactionManager(store, opts.txTimeoutMs ?? 30_000, this.now);
  }

  /** One SDK request. Never throws: failures come back as `{ code, message }` like the service's. */
  handle(action: string, params: DbParams = {}): DbResponse {
    const requestId = this.newRequestId();
    try {
      return { requestId, ...this.dispatch(action, params ?? {}) };
    } catch (e) {
      return { requestId, ...classifyError(e) };
    }
  }

  private view(p: DbParams): View {
    return p.transactionId ? this.transactions.get(p.transactionId) : this.committed;
  }

  private coll(p: DbParams): string {
    if (!p.collectionName || typeof p.collectionName !== 'string') {
      throw new DbError(DB_ERRORS.INVALID_PARAM, 'collectionName is required');
    }
    return p.collectionName;
  }

  private dispatch(action: string, p: DbParams): Record<string, unknown> {
    switch (action) {
      case DB_ACTIONS.getDocument:
        return this.getDocument(p);
      case DB_ACTIONS.calculateDocument:
        return { data: { total: this.view(p).count(this.coll(p), decodeWireObject(p.query, this.now())) } };
      case DB_ACTIONS.insertDocument:
        return this.insertDocument(p);
      case DB_ACTIONS.modifyDocument:
        return this.modifyDocument(p);
      case DB_ACTIONS.modifyAndReturnDoc:
        return this.modifyAndReturnDoc(p);
      case DB_ACTIONS.removeDocument:
        return this.removeDocument(p);
      case DB_ACTIONS.aggregateDocuments:
        return this.aggregate(p);
      case DB_ACTIONS.addCollection: {
        const name = this.coll(p);
        if (this.store.hasCollection(name))
          throw new DbError(DB_ERRORS.COLLECTION_ALREADY_EXIST, `collection ${name} already exists`);
        this.store.handle(name);
        return {};
      }
      case DB_ACTIONS.startTransaction:
        return { transactionId: this.transactions.start().id };
      case DB_ACTIONS.commitTransaction:
        this.transactions.commit(String(p.transactionId));
        return {};
      case DB_ACTIONS.abortTransaction:
        this.transactions.abort(String(p.transactionId));
        return {};
      default:
        throw new DbError(DB_ERRORS.INVALID_ACTION, `unknown action ${action}`);
    }
  }

  private findTargets(view: View, coll: string, query: Doc, p: DbParams, one: boolean): ViewRow[] {
    const id = singleId(query);
    if (id !== undefined) {
      const row = view.getById(coll, id);
      return row ? [row] : [];
    }
    return view.find(coll, query, one ? { limit: 1 } : {});
  }

  private getDocument(p: DbParams): Record<string, unknown> {
    const coll = this.coll(p);
    const view = this.view(p);
    const query = decodeWireObject(p.query, this.now());
    const sort = toSortKeys(decodeWire(p.order));
    const skip = typeof p.offset === 'number' && p.offset > 0 ? Math.floor(p.offset) : 0;
    const limit = typeof p.limit === 'number' && p.limit > 0 ? Math.min(Math.floor(p.limit), MAX_LIMIT) : DEFAULT_LIMIT;
    const id = singleId(query);
    let rows: ViewRow[];
    if (id !== undefined) {
      const row = view.getById(coll, id);
      rows = row && skip === 0 ? [row] : [];
    } else {
      rows = view.find(coll, query, { sort, skip, limit });
    }
    const projection = decodeWireObject(p.projection);
    const list =
      Object.keys(projection).length > 0
        ? project(
            rows.map((r) => r.doc),
            projection,
          ).map(toWireText)
        : rows.map((r) => r.text); // stored text is already the EJSON answer (codec.ts)
    return { data: { list } };
  }

  private insertDocument(p: DbParams): Record<string, unknown> {
    const coll = this.coll(p);
    const raw = Array.isArray(p.data) ? p.data : p.data ? [p.data] : [];
    if (raw.length === 0) throw new DbError(DB_ERRORS.INVALID_PARAM, 'data is required');
    const now = this.now();
    const ops: WriteOp[] = raw.map((text) => {
      const doc = decodeWireObject(text, now);
      if (doc._id === undefined || doc._id === null) return { kind: 'insert', doc: { _id: newId(), ...doc } };
      if (typeof doc._id !== 'string' && typeof doc._id !== 'number')
        throw new DbError(DB_ERRORS.INVALID_PARAM, '_id must be a string or number');
      return { kind: 'insert', doc };
    });
    // all-or-nothing: one SQLite transaction (or one transaction buffer)
    this.view(p).write(coll, ops);
    return { data: { insertedIds: ops.map((op) => (op.kind === 'delete' ? op.id : op.doc._id)) } };
  }

  private modifyDocument(p: DbParams): Record<string, unknown> {
    const coll = this.coll(p);
    const view = this.view(p);
    const now = this.now();
    const query = decodeWireObject(p.query, now);
    const data = decodeWireObject(typeof p.data === 'string' ? p.data : undefined, now);
    const merge = p.merge !== false;
    const multi = p.multi === true;
    const targets = this.findTargets(view, coll, query, p, !multi);

    if (targets.length === 0) {
      if (p.upsert !== true) return { data: { updated: 0, upsert_id: null } };
      let doc: Doc;
      if (merge) {
        doc = seedFromQuery(query);
        applyUpdate(doc, data);
      } else {
        const { _id: _ignored, ...fields } = data;
        doc = { ...fields };
        if (query._id !== undefined) doc = { _id: query._id, ...fields };
      }
      if (doc._id === undefined) doc = { _id: newId(), ...doc };
      view.write(coll, [{ kind: 'insert', doc }]);
      return { data: { updated: 0, upsert_id: doc._id } };
    }

    const ops: WriteOp[] = [];
    for (const t of targets) {
      let next: Doc;
      let changed: boolean;
      if (merge) {
        next = cloneDoc(t.doc);
        changed = applyUpdate(next, data).length > 0 && !isEqual(next, t.doc);
      } else {
        const { _id: _ignored, ...fields } = data;
        next = { _id: t.doc._id, ...fields };
        changed = !isEqual(next, t.doc);
      }
      if (changed) ops.push({ kind: 'put', doc: next });
    }
    if (ops.length) view.write(coll, ops);
    return { data: { updated: ops.length, upsert_id: null } };
  }

  private modifyAndReturnDoc(p: DbParams): Record<string, unknown> {
    const coll = this.coll(p);
    const view = this.view(p);
    const now = this.now();
    const query = decodeWireObject(p.query, now);
    const data = decodeWireObject(typeof p.data === 'string' ? p.data : undefined, now);
    const [target] = this.findTargets(view, coll, query, p, true);
    if (!target) return { data: { updated: 0, doc: null } };
    const next = cloneDoc(target.doc);
    const changed = applyUpdate(next, data).length > 0 && !isEqual(next, target.doc);
    if (changed) view.write(coll, [{ kind: 'put', doc: next }]);
    return { data: { updated: changed ? 1 : 0, doc: toWireText(next) } };
  }

  private removeDocument(p: DbParams): Record<string, unknown> {
    const coll = this.coll(p);
    const view = this.view(p);
    const query = decodeWireObject(p.query, this.now());
    const targets = this.findTargets(view, coll, query, p, p.multi !== true);
    const ops: WriteOp[] = targets.map((t) => ({ kind: 'delete', id: keyOf(t.doc._id) }));
    if (ops.length) view.write(coll, ops);
    return { data: { deleted: ops.length } };
  }

  private aggregate(p: DbParams): Record<string, unknown> {
    const coll = this.coll(p);
    const now = this.now();
    const pipeline = (p.stages ?? []).map((s) => ({ [s.stageKey]: decodeWire(s.stageValue, now) }));
    // a leading $match goes through the store so it uses the same index pushdown as a query
    let source: Doc[];
    const first = pipeline[0];
    if (first && isPlainObject(first.$match)) {
      source = this.store.findRows(coll, first.$match).map((r) => r.doc);
      pipeline.shift();
    } else {
      source = this.store.findRows(coll, {}).map((r) => r.doc);
    }
    const agg = new Aggregator(pipeline, {
      collectionResolver: (name: string) => this.store.findRows(name, {}).map((r) => r.doc),
    });
    const out = agg.run(source);
    return { data: { list: out.map(toWireText) } };
  }
}
