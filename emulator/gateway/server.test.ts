/**
 * The gateway answers every failure in the envelope `{ ok: false, code, message }` with a Chinese
 * message, as the functions do: bad JSON, `__proto__` / `constructor` keys, NaN, oversized bodies,
 * unknown content types and routes, and a function that throws. Raw bodies over a real socket (port 0),
 * so what fastify does before any route runs is what is tested.
 */
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createGateway, IDENTITY_COOKIE, type FunctionMain } from './server';

interface Answer {
  status: number;
  type: string;
  body: string;
}

let app: FastifyInstance;
let port: number;
let dir: string;
const calls: unknown[] = [];

function send(path: string, body: string | Buffer, type = 'application/json', method = 'POST'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method,
        headers: { 'content-type': type, 'content-length': Buffer.byteLength(body), cookie: `${IDENTITY_COOKIE}=u1` },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    // the gateway may answer 413 before the whole body is read and close the socket
    req.on('error', reject);
    req.end(body);
  });
}

/** The answer is the envelope, in Chinese, with no trace of English errors or stacks. */
function expectEnvelope(a: Answer, status: number, code: string) {
  expect(a.status).toBe(status);
  expect(a.type).toMatch(/application\/json/);
  const body = JSON.parse(a.body) as Record<string, unknown>;
  expect(body).toMatchObject({ ok: false, code });
  expect(Object.keys(body).sort()).toEqual(expect.arrayContaining(['code', 'message', 'ok']));
  expect(String(body.message)).toMatch(/[\u4e00-\u9fa5]/);
  expect(a.body).not.toMatch(/Error|Invalid|Unexpected|Bad Request|statusCode|forbidden prototype| at /);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lx-gateway-'));
  const echo: FunctionMain = async (event) => {
    calls.push(event);
    return { ok: true, data: event };
  };
  const boom: FunctionMain = async () => {
    throw new Error('database exploded at /secret/path');
  };
  app = await createGateway({
    functions: { echo, boom },
    invoke: (main, event) => main(event),
    storage: { create: () => 'local://x.jpg', urlOf: () => '/files/x.jpg' },
    storageDir: dir,
    outbox: { list: () => [] },
    identities: [],
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  port = (app.server.address() as { port: number }).port;
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  calls.length = 0;
});

describe('the gateway answers every failure in the envelope', () => {
  it('passes a good call through to the function', async () => {
    const a = await send('/fn/echo', JSON.stringify({ action: 'x', payload: { n: 1 } }));
    expect(a.status).toBe(200);
    expect(JSON.parse(a.body)).toEqual({ ok: true, data: { action: 'x', payload: { n: 1 } } });
  });

  it.each([
    ['truncated JSON', '{"action":'],
    ['not JSON at all', 'action=file'],
    ['NaN', '{"action":"file","payload":{"lat":NaN}}'],
    ['a trailing comma', '{"action":"file",}'],
    ['an empty body', ''],
  ])('bad JSON (%s): COMMON.BAD_REQUEST, the function never runs', async (_name, body) => {
    expectEnvelope(await send('/fn/echo', body), 400, 'COMMON.BAD_REQUEST');
    expect(calls).toEqual([]);
  });

  it.each([
    ['__proto__', '{"action":"file","payload":{"__proto__":{"isAdmin":true}}}'],
    ['nested __proto__', '{"action":"file","payload":{"a":[{"__proto__":{"x":1}}]}}'],
    ['constructor.prototype', '{"action":"file","payload":{"constructor":{"prototype":{"isAdmin":true}}}}'],
  ])('%s keys are refused: COMMON.BAD_REQUEST, nothing polluted', async (_name, body) => {
    expectEnvelope(await send('/fn/echo', body), 400, 'COMMON.BAD_REQUEST');
    expect(calls).toEqual([]);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('an oversized body: 413 in the envelope', async () => {
    const big = JSON.stringify({ action: 'x', payload: { s: 'x'.repeat(2 * 1024 * 1024) } });
    const a = await send('/fn/echo', big);
    expectEnvelope(a, 413, 'COMMON.BAD_REQUEST');
    expect(JSON.parse(a.body).message).toBe('请求内容过大');
    expect(calls).toEqual([]);
  });

  it('an unknown content type: 415 in the envelope', async () => {
    expectEnvelope(await send('/fn/echo', '<a/>', 'application/xml'), 415, 'COMMON.BAD_REQUEST');
  });

  it('an unknown function and an unknown route: 404 in the envelope', async () => {
    expectEnvelope(await send('/fn/nope', '{}'), 404, 'COMMON.UNKNOWN_ACTION');
    expectEnvelope(await send('/nowhere', '{}'), 404, 'COMMON.BAD_REQUEST');
    expectEnvelope(await send('/fn/echo', '', 'application/json', 'GET'), 404, 'COMMON.BAD_REQUEST');
  });

  it('a function that throws: COMMON.INTERNAL, no message or stack of the error', async () => {
    const a = await send('/fn/boom', '{"action":"x"}');
    expectEnvelope(a, 500, 'COMMON.INTERNAL');
    expect(a.body).not.toMatch(/exploded|secret/);
  });
});
