/**
 * What the gateway answers when fastify itself refuses a request (bad JSON, `__proto__` keys, an
 * oversized body, an unknown content type or route) or a route throws: the functions' envelope
 * `{ ok: false, code, message }` in Chinese, never fastify's English error object or a stack. The
 * status stays what HTTP says it is; the client reads the envelope either way.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_MESSAGES, type ErrorCode } from '@lx/types';

export interface Failure {
  ok: false;
  code: ErrorCode;
  message: string;
}
const fail = (code: ErrorCode, message: string = ERROR_MESSAGES[code]): Failure => ({ ok: false, code, message });

/** The status and envelope for an error fastify or a route raised. */
export function failureOf(err: Partial<FastifyError>, url: string): { status: number; body: Failure } {
  const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
  if (status === 413)
    return {
      status,
      body: url.startsWith('/upload') ? fail('FILE.TOO_LARGE') : fail('COMMON.BAD_REQUEST', '请求内容过大'),
    };
  if (status >= 400 && status < 500) return { status, body: fail('COMMON.BAD_REQUEST') };
  return { status: 500, body: fail('COMMON.INTERNAL') };
}

/** 404 for API paths and anything but a page: the envelope. */
export const notFound = (_req: FastifyRequest, reply: FastifyReply) =>
  reply.code(404).send(fail('COMMON.BAD_REQUEST', '请求的地址不存在'));

export function answerFailuresInEnvelope(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const { status, body } = failureOf(err, req.url);
    // the route's pattern and the error's code only: the URL and the message may carry what a user sent
    if (status >= 500)
      process.stderr.write(`[gateway] ${req.method} ${req.routeOptions.url ?? '-'}: ${err.code ?? err.name}\n`);
    return reply.code(status).send(body);
  });
}
