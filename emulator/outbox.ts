/**
 * Where `cloud.openapi.*` calls go locally: a table in the emulator's SQLite file (so the gateway's
 * /dev/outbox page and a later process can read what "was sent"), plus per-API responders so tests
 * can make, say, security.msgSecCheck reject content.
 *
 * Answers follow wx-server-sdk's generic openapi wrapper: a success resolves with the response
 * fields plus `errCode: 0, errMsg: 'openapi.<api>:ok'`; a response with a non-zero errCode rejects
 * with an Error carrying `errCode` and `errMsg: 'openapi.<api>:fail <errmsg>'`.
 */
import type Database from 'better-sqlite3';
import QRCode from 'qrcode';

export interface OutboxItem {
  id: number;
  api: string;
  args: unknown;
  openid: string;
  appid: string;
  requestId: string | null;
  createdAt: number;
  ok: boolean;
  errCode: number;
}

export interface OpenApiCallInfo {
  api: string;
  openid: string;
}

export type OpenApiResponder = (args: unknown, info: OpenApiCallInfo) => unknown;

/** Smallest valid PNG (1×1 transparent), standing in for mini-program codes. */
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * A real, scannable QR code standing in for a mini-program code (微信小程序码 are a WeChat-only
 * format): it encodes the page and scene, so a tester's phone camera shows what the code would open.
 */
async function localMiniCode(args: unknown): Promise<{ contentType: string; buffer: Buffer }> {
  const { scene = '', page = '' } = (args ?? {}) as { scene?: string; page?: string };
  const width = Math.min(1280, Math.max(280, Number((args as { width?: number })?.width) || 430));
  const buffer = await QRCode.toBuffer(`lianxin://${page || 'pages/home/index'}?scene=${encodeURIComponent(scene)}`, {
    type: 'png',
    width,
    margin: 2,
    errorCorrectionLevel: 'M',
  });
  return { contentType: 'image/png', buffer };
}

const DEFAULT_RESPONDERS: Record<string, OpenApiResponder> = {
  'security.msgSecCheck': () => ({ result: { suggest: 'pass', label: 100 }, detail: [] }),
  'security.imgSecCheck': () => ({}),
  'wxacode.getUnlimited': localMiniCode,
  'wxacode.get': () => ({ contentType: 'image/png', buffer: TINY_PNG }),
  'wxacode.createQRCode': () => ({ contentType: 'image/png', buffer: TINY_PNG }),
};

/** Buffers (media uploads) are recorded by size, not content. */
function argsReplacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  if (Buffer.isBuffer(raw) || raw instanceof Uint8Array) return { $buffer: raw.byteLength };
  return value;
}

export class OpenApiError extends Error {
  constructor(
    readonly errCode: number,
    readonly errMsg: string,
  ) {
    super(`errCode: ${errCode} | errMsg: ${errMsg}`);
    this.name = 'CloudSDKError';
  }
}

export class Outbox {
  private readonly responders = new Map<string, OpenApiResponder>();
  private readonly insertStmt: Database.Statement<unknown[], unknown>;

  constructor(private readonly db: Database.Database) {
    db.exec(`CREATE TABLE IF NOT EXISTS _lx_outbox (
      id INTEGER PRIMARY KEY AUTOINCREMENT, api TEXT NOT NULL, args TEXT NOT NULL,
      openid TEXT NOT NULL, appid TEXT NOT NULL, request_id TEXT, created_at INTEGER NOT NULL,
      ok INTEGER NOT NULL, err_code INTEGER NOT NULL)`);
    this.insertStmt = db.prepare(
      'INSERT INTO _lx_outbox (api, args, openid, appid, request_id, created_at, ok, err_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
  }

  respond(api: string, fn: OpenApiResponder): void {
    this.responders.set(api, fn);
  }

  resetResponders(): void {
    this.responders.clear();
  }

  list(filter: { api?: string } = {}): OutboxItem[] {
    const rows = (
      filter.api
        ? this.db.prepare('SELECT * FROM _lx_outbox WHERE api = ? ORDER BY id').all(filter.api)
        : this.db.prepare('SELECT * FROM _lx_outbox ORDER BY id').all()
    ) as Array<{
      id: number;
      api: string;
      args: string;
      openid: string;
      appid: string;
      request_id: string | null;
      created_at: number;
      ok: number;
      err_code: number;
    }>;
    return rows.map((r) => ({
      id: r.id,
      api: r.api,
      args: JSON.parse(r.args) as unknown,
      openid: r.openid,
      appid: r.appid,
      requestId: r.request_id,
      createdAt: r.created_at,
      ok: r.ok === 1,
      errCode: r.err_code,
    }));
  }

  clear(): void {
    this.db.exec('DELETE FROM _lx_outbox');
  }

  /** One openapi call: record it, ask the responder, answer like wx-server-sdk. */
  async call(
    api: string,
    args: unknown,
    caller: { openid: string; appid: string; requestId: string | null },
  ): Promise<Record<string, unknown>> {
    const displayName = `openapi.${api}`;
    const record = (ok: boolean, errCode: number) =>
      this.insertStmt.run(
        api,
        JSON.stringify(args ?? null, argsReplacer) ?? 'null',
        caller.openid,
        caller.appid,
        caller.requestId,
        Date.now(),
        ok ? 1 : 0,
        errCode,
      );
    let res: unknown;
    try {
      const responder = this.responders.get(api) ?? DEFAULT_RESPONDERS[api] ?? (() => ({}));
      res = await responder(args, { api, openid: caller.openid });
    } catch (e) {
      const errCode =
        typeof (e as { errCode?: unknown })?.errCode === 'number' ? (e as { errCode: number }).errCode : -1;
      record(false, errCode);
      throw e;
    }
    const body = (res && typeof res === 'object' ? { ...(res as Record<string, unknown>) } : {}) as Record<
      string,
      unknown
    >;
    const errCode = Number(body.errCode ?? body.errcode ?? 0);
    const errMsg = String(body.errMsg ?? body.errmsg ?? '');
    delete body.errcode;
    delete body.errmsg;
    record(errCode === 0, errCode);
    if (errCode !== 0) throw new OpenApiError(errCode, `${displayName}:fail ${errMsg}`);
    return { ...body, errCode: 0, errMsg: `${displayName}:ok` };
  }
}
