/**
 * The h5 branch of the cloud service against a fake fetch: what the local gateway answers is what
 * the page gets, a request without an answer is COMMON.NETWORK, and a caller without an identity is
 * sent to the demo sign-in and brought back.
 */
import Taro from '@tarojs/taro';
import { browser } from './browser';
import { REQUEST_ID_PATTERN } from '@lx/types';
import { newRequestId } from '@/hooks/useRequestId';
import { callCloud, uploadPhoto } from './cloud';

type FetchArgs = [string, RequestInit | undefined];

function fakeFetch(answer: (url: string, init?: RequestInit) => unknown, statusOf = (_url: string) => 200) {
  const calls: FetchArgs[] = [];
  global.fetch = jest.fn(async (url: string, init?: RequestInit) => {
    calls.push([url, init]);
    const body = answer(url, init);
    if (body instanceof Error) throw body;
    const status = statusOf(url);
    return {
      ok: status < 400,
      status,
      json: async () => (typeof body === 'string' ? JSON.parse(body) : body),
      blob: async () => new Blob(['jpeg bytes'], { type: 'image/jpeg' }),
    } as unknown as Response;
  }) as typeof fetch;
  return calls;
}

describe('callCloud in h5', () => {
  it('posts { action, payload } to the gateway and passes its envelope through', async () => {
    const page = { items: [], hasMore: false };
    const calls = fakeFetch(() => ({ ok: true, data: page }));
    const res = await callCloud('tickets', 'mine', { tab: 'open' });
    expect(res).toEqual({ ok: true, data: page });
    const [url, init] = calls[0];
    expect(url).toBe('/fn/tickets');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('same-origin');
    expect(JSON.parse(String(init?.body))).toEqual({ action: 'mine', payload: { tab: 'open' } });
  });

  it('passes a failure envelope through with its Chinese message and fields', async () => {
    const fail = {
      ok: false,
      code: 'COMMON.VALIDATION',
      message: '填写的内容有误，请检查后重试',
      fields: { description: '问题描述至少 5 个字' },
    };
    fakeFetch(() => fail);
    expect(await callCloud('tickets', 'file', { categoryId: 'c', description: 'x', requestId: 'r-0000001' })).toEqual(
      fail,
    );
  });

  it('answers COMMON.NETWORK when the request gets no answer', async () => {
    fakeFetch(() => new TypeError('Failed to fetch'));
    expect(await callCloud('org', 'me', {})).toEqual({
      ok: false,
      code: 'COMMON.NETWORK',
      message: '网络不给力，请检查网络后重试',
    });
  });

  it('asks once more when a creating action’s answer is lost (its requestId makes the resend harmless)', async () => {
    let n = 0;
    const calls = fakeFetch(() => (++n === 1 ? new TypeError('Failed to fetch') : { ok: true, data: { id: 't1' } }));
    const payload = { categoryId: 'c', description: '路灯不亮三天了', requestId: 'r-0000002' };
    expect(await callCloud('tickets', 'file', payload)).toEqual({ ok: true, data: { id: 't1' } });
    expect(calls.map(([, init]) => JSON.parse(String(init?.body)).payload)).toEqual([payload, payload]);
    // an action without one is not resent: the user decides
    n = 0;
    expect(await callCloud('tickets', 'join', { id: 't1' })).toMatchObject({ code: 'COMMON.NETWORK' });
  });

  it('makes requestIds the server accepts, a new one each time', () => {
    const ids = Array.from({ length: 50 }, () => newRequestId());
    expect(new Set(ids).size).toBe(50);
    for (const id of ids) expect(id).toMatch(REQUEST_ID_PATTERN);
  });

  it('answers COMMON.NETWORK when something other than the gateway answers (not JSON)', async () => {
    fakeFetch(() => '<html>502 Bad Gateway</html>');
    expect(await callCloud('org', 'me', {})).toMatchObject({ ok: false, code: 'COMMON.NETWORK' });
  });

  it('reads a server that answered 5xx without an envelope as the server failing, not 网络不给力', async () => {
    fakeFetch(
      () => '<html>500 Internal Server Error</html>',
      () => 500,
    );
    expect(await callCloud('org', 'me', {})).toEqual({
      ok: false,
      code: 'COMMON.INTERNAL',
      message: '系统繁忙，请稍后再试',
    });
    fakeFetch(
      () => '<html>502 Bad Gateway</html>',
      () => 502,
    );
    expect(await callCloud('org', 'me', {})).toMatchObject({
      code: 'COMMON.INTERNAL',
      message: '系统繁忙，请稍后再试',
    });
  });

  it('passes the gateway’s own 500 envelope through as it is', async () => {
    const internal = { ok: false, code: 'COMMON.INTERNAL', message: '系统繁忙，请稍后再试', requestId: 'req-1' };
    fakeFetch(
      () => internal,
      () => 500,
    );
    expect(await callCloud('org', 'me', {})).toEqual(internal);
  });

  it('sends a caller without an identity to the demo sign-in, to come back to the same page', async () => {
    fakeFetch(() => ({ ok: false, code: 'AUTH.NO_IDENTITY', message: '无法识别您的身份，请重新进入小程序' }));
    jest.spyOn(browser, 'currentPath').mockReturnValue('/packages/tickets/pages/mine/index?tab=open');
    const assign = jest.spyOn(browser, 'assign').mockImplementation(() => undefined);
    const res = await callCloud('tickets', 'mine', {});
    expect(res).toMatchObject({ ok: false, code: 'AUTH.NO_IDENTITY' });
    expect(assign).toHaveBeenCalledWith('/dev/login?next=%2Fpackages%2Ftickets%2Fpages%2Fmine%2Findex%3Ftab%3Dopen');
  });

  it('never touches Taro.cloud (its h5 stubs would pretend to succeed)', async () => {
    const taro = Taro as unknown as { cloud: unknown };
    const real = taro.cloud;
    const cloud = { callFunction: jest.fn(), uploadFile: jest.fn() };
    taro.cloud = cloud;
    try {
      fakeFetch((url) =>
        url === '/upload'
          ? { ok: true, data: { fileID: 'local://a.jpg', url: '/a.jpg' } }
          : { ok: true, data: { cloudPath: 'uploads/202611/0123456789abcdef0123456789abcdef.jpg' } },
      );
      await callCloud('org', 'me', {});
      await uploadPhoto('blob:http://localhost/1');
    } finally {
      taro.cloud = real;
    }
    expect(cloud.callFunction).not.toHaveBeenCalled();
    expect(cloud.uploadFile).not.toHaveBeenCalled();
  });
});

describe('uploadPhoto in h5', () => {
  const SLOT = 'uploads/202611/0123456789abcdef0123456789abcdef.jpg';
  const gateway = (url: string) =>
    url === '/fn/org'
      ? { ok: true, data: { cloudPath: SLOT } }
      : url === '/upload'
        ? { ok: true, data: { fileID: `local://${SLOT}`, url: `/files/${SLOT}` } }
        : null;

  it('asks for an upload slot, then sends the image to /upload at the slot’s path and answers its file ID', async () => {
    const calls = fakeFetch(gateway);
    const res = await uploadPhoto('blob:http://localhost/123');
    expect(res).toEqual({ ok: true, data: { fileID: `local://${SLOT}`, url: `/files/${SLOT}` } });
    expect(calls[0][0]).toBe('blob:http://localhost/123');
    expect(calls[1][0]).toBe('/fn/org');
    expect(JSON.parse(String(calls[1][1]?.body))).toMatchObject({ action: 'uploadSlot', payload: { ext: 'jpg' } });
    const [url, init] = calls[2];
    expect(url).toBe('/upload');
    expect(init?.method).toBe('POST');
    const form = init?.body as FormData;
    expect(form.get('cloudPath')).toBe(SLOT);
    expect(form.get('file')).toBeInstanceOf(Blob);
  });

  it('uploads nothing when no slot is given (the limit of 60 an hour, say)', async () => {
    const calls = fakeFetch((url) =>
      url === '/fn/org' ? { ok: false, code: 'COMMON.RATE_LIMITED', message: '上传照片过于频繁' } : gateway(url),
    );
    expect(await uploadPhoto('blob:http://localhost/1')).toMatchObject({ ok: false, code: 'COMMON.RATE_LIMITED' });
    expect(calls.map((c) => c[0])).not.toContain('/upload');
  });

  it('answers COMMON.INTERNAL when the upload is answered with a server error page', async () => {
    const answers = (url: string) => (url === '/upload' ? '<html>500</html>' : gateway(url));
    const calls = fakeFetch(answers, (url) => (url === '/upload' ? 500 : 200));
    expect(await uploadPhoto('blob:http://localhost/1')).toMatchObject({ ok: false, code: 'COMMON.INTERNAL' });
    expect(calls.map((c) => c[0])).toContain('/upload');
  });

  it('answers COMMON.NETWORK when the upload fails', async () => {
    fakeFetch((url) =>
      url === '/upload' ? new TypeError('Failed to fetch') : { ok: true, data: { cloudPath: 'uploads/x.jpg' } },
    );
    expect(await uploadPhoto('blob:http://localhost/1')).toMatchObject({ ok: false, code: 'COMMON.NETWORK' });
  });
});

describe('callCloud in the mini-program', () => {
  /** The weapp branch is chosen when the module loads, so it is loaded afresh under TARO_ENV=weapp. */
  async function callInWeChat(rejection: unknown) {
    const env = process.env.TARO_ENV;
    process.env.TARO_ENV = 'weapp';
    const callFunction = jest.fn().mockRejectedValue(rejection);
    try {
      let mod: typeof import('./cloud') | undefined;
      jest.isolateModules(() => {
        // the fresh copy of the module sees a fresh Taro: its cloud is the one to fake
        (require('@tarojs/taro') as { default: { cloud: unknown } }).default.cloud = { callFunction };
        mod = require('./cloud');
      });
      const res = await mod!.callCloud('org', 'me', {});
      expect(callFunction).toHaveBeenCalledWith({ name: 'org', data: { action: 'me', payload: {} } });
      return res;
    } finally {
      process.env.TARO_ENV = env;
    }
  }

  it('a function that threw or timed out in the cloud reads as the server failing', async () => {
    const res = await callInWeChat({ errCode: -504002, errMsg: 'cloud.callFunction:fail functions execute fail' });
    expect(res).toMatchObject({ ok: false, code: 'COMMON.INTERNAL', message: '系统繁忙，请稍后再试' });
  });

  it('a call that got no answer reads 网络不给力', async () => {
    const res = await callInWeChat({ errCode: -1, errMsg: 'cloud.callFunction:fail request:fail' });
    expect(res).toEqual({ ok: false, code: 'COMMON.NETWORK', message: '网络不给力，请检查网络后重试' });
  });
});
