/**
 * The local gateway: what WeChat and CloudBase do for the mini-program, done on a laptop.
 *   POST /fn/:name     runs a cloud function (the built deploy bundle) with the signed-in OPENID
 *   POST /upload       stores a photo at its upload slot's path, EXIF stripped (upload.ts), answers its fileID
 *   GET  /files/*      serves stored photos
 *   GET  /dev/login    the demo sign-in page; POST sets the identity cookie
 *   GET  /dev/outbox   what would have gone to cloud.openapi (subscription messages …)
 *   GET  /*            the h5 build, with index.html for client-side routes
 * Bound to 127.0.0.1 only: the cookie identity is a development convenience, not authentication.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { loginPage, NEW_USER_PREFIX, type DemoIdentity } from './login-page';
import { uploadRoute, type UploadStorage } from './upload';
import { answerFailuresInEnvelope, notFound } from './errors';

export const IDENTITY_COOKIE = 'lx_openid';
const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

export type FunctionMain = (event: unknown, context?: unknown) => Promise<unknown>;

export interface GatewayDeps {
  functions: Record<string, FunctionMain>;
  invoke(main: FunctionMain, event: unknown, ctx: { OPENID: string }): Promise<unknown>;
  storage: UploadStorage;
  storageDir: string;
  outbox: { list(filter?: { api?: string }): unknown[] };
  identities: readonly DemoIdentity[];
  /** dist/h5; omitted in tests that only need the API */
  h5Dir?: string;
}

function cookieOf(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

/** The image type by its first bytes, not by the name the browser sent. */
export function sniffImage(buf: Buffer): 'jpg' | 'png' | 'webp' | null {
  if (buf.length > 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'jpg';
  if (buf.length > 8 && buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'png';
  if (buf.length > 12 && buf.toString('latin1', 0, 4) === 'RIFF' && buf.toString('latin1', 8, 12) === 'WEBP')
    return 'webp';
  return null;
}

const safeNext = (next: unknown): string => (typeof next === 'string' && /^\/(?!\/)/.test(next) ? next : '/');

export async function createGateway(deps: GatewayDeps): Promise<FastifyInstance> {
  // `__proto__` / `constructor.prototype` keys are refused (answered COMMON.BAD_REQUEST), never merged
  const app = Fastify({
    logger: false,
    bodyLimit: 1024 * 1024,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
  });
  answerFailuresInEnvelope(app);
  await app.register(multipart, { limits: { fileSize: MAX_PHOTO_BYTES, files: 1 } });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });

  const identityOf = (cookie: string | undefined) => cookieOf(cookie, IDENTITY_COOKIE) ?? '';

  app.post<{ Params: { name: string } }>('/fn/:name', async (req, reply) => {
    const main = Object.prototype.hasOwnProperty.call(deps.functions, req.params.name)
      ? deps.functions[req.params.name]
      : undefined;
    if (!main) return reply.code(404).send({ ok: false, code: 'COMMON.UNKNOWN_ACTION', message: '不支持的操作' });
    return deps.invoke(main, req.body ?? {}, { OPENID: identityOf(req.headers.cookie) });
  });

  app.post(
    '/upload',
    uploadRoute(deps.storage, (req) => identityOf(req.headers.cookie), sniffImage),
  );

  await app.register(fastifyStatic, { root: deps.storageDir, prefix: '/files/', decorateReply: false });

  app.get<{ Querystring: { next?: string } }>('/dev/login', async (req, reply) => {
    reply.type('text/html; charset=utf-8');
    return loginPage(deps.identities, safeNext(req.query.next), identityOf(req.headers.cookie));
  });
  app.post<{ Body: { openid?: string; next?: string } }>('/dev/login', async (req, reply) => {
    let openid = req.body?.openid ?? '';
    if (openid === NEW_USER_PREFIX) openid = `${NEW_USER_PREFIX}${randomBytes(6).toString('hex')}`;
    else if (!deps.identities.some((i) => i.openid === openid)) return reply.code(400).send('未知的演示身份');
    reply.header('set-cookie', `${IDENTITY_COOKIE}=${encodeURIComponent(openid)}; Path=/; HttpOnly; SameSite=Lax`);
    return reply.redirect(safeNext(req.body?.next), 303);
  });
  app.get('/dev/logout', async (_req, reply) => {
    reply.header('set-cookie', `${IDENTITY_COOKIE}=; Path=/; Max-Age=0`);
    return reply.redirect('/dev/login', 303);
  });
  app.get<{ Querystring: { api?: string } }>('/dev/outbox', async (req) =>
    deps.outbox.list(req.query.api ? { api: req.query.api } : undefined),
  );

  if (deps.h5Dir && existsSync(join(deps.h5Dir, 'index.html'))) {
    await app.register(fastifyStatic, { root: deps.h5Dir, prefix: '/', wildcard: false, decorateReply: true });
    app.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && !/^\/(fn|files|dev|upload)\b/.test(req.url)) return reply.sendFile('index.html');
      return notFound(req, reply);
    });
  } else {
    app.setNotFoundHandler(notFound);
    app.get('/', async (_req, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send('<p>尚未构建 h5 前端：请运行 <code>npm run build:h5</code>，或重新运行 <code>npm start</code>。</p>'),
    );
  }
  return app;
}
