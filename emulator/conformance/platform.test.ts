/**
 * The non-database parts of the platform a function sees: getWXContext per invocation, the
 * openapi outbox, and cloud storage. Local only where they inspect the emulator's instruments.
 */
import { readFileSync } from 'node:fs';
import { LOCAL, itLocal, setupEnv } from './env';

const env = setupEnv();
const { cloud } = env;

afterAll(() => env.cleanup());

const emu = () => {
  if (!env.emu) throw new Error('local only');
  return env.emu;
};

describe('getWXContext', () => {
  itLocal('concurrent invocations each see their own OPENID, across awaits', async () => {
    const seen: string[] = [];
    const main = async (event: unknown) => {
      const { who, delay } = event as { who: string; delay: number };
      const first = cloud.getWXContext().OPENID;
      await new Promise((r) => setTimeout(r, delay));
      await env.db.collection(await env.freshCollection('ctx')).add({ data: { who } });
      const second = cloud.getWXContext().OPENID;
      seen.push(`${who}:${first}:${second}`);
      return second;
    };
    const results = await Promise.all([
      emu().invoke(main, { who: 'a', delay: 20 }, { OPENID: 'openid-a' }),
      emu().invoke(main, { who: 'b', delay: 5 }, { OPENID: 'openid-b' }),
      emu().invoke(main, { who: 'c', delay: 10 }, { OPENID: 'openid-c' }),
    ]);
    expect(results).toEqual(['openid-a', 'openid-b', 'openid-c']);
    expect(seen.sort()).toEqual(['a:openid-a:openid-a', 'b:openid-b:openid-b', 'c:openid-c:openid-c']);
  });

  itLocal('runAs fills APPID, ENV and SOURCE like the platform', async () => {
    const ctx = await emu().runAs({ OPENID: 'o1', UNIONID: 'u1' }, async () => cloud.getWXContext());
    expect(ctx).toMatchObject({ OPENID: 'o1', UNIONID: 'u1', ENV: emu().envId, SOURCE: 'wx_client' });
    expect(typeof ctx.APPID).toBe('string');
  });

  itLocal('invoke passes a context with a fresh request id and adds userInfo to the event', async () => {
    const calls: Array<{ event: Record<string, unknown>; context: { request_id: string } }> = [];
    const main = async (event: unknown, context: unknown) => {
      calls.push({ event: event as Record<string, unknown>, context: context as { request_id: string } });
      return null;
    };
    await emu().invoke(main, { action: 'x' }, { OPENID: 'o2' });
    await emu().invoke(main, { action: 'y' }, { OPENID: 'o2' });
    expect(calls[0].event).toMatchObject({ action: 'x', userInfo: { openId: 'o2' } });
    expect(calls[0].context.request_id).not.toBe(calls[1].context.request_id);
  });

  itLocal('outside an invocation there is no OPENID', () => {
    expect(cloud.getWXContext().OPENID).toBeUndefined();
  });
});

describe('openapi', () => {
  beforeEach(() => emu().outbox.clear());

  itLocal('calls land in the outbox with the caller and answer ok', async () => {
    const res = await emu().runAs({ OPENID: 'sender' }, () =>
      cloud.openapi.subscribeMessage.send({
        touser: 'resident-1',
        templateId: 'TPL',
        data: { thing1: { value: '工单已受理' } },
      }),
    );
    expect(res).toEqual({ errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' });
    const [item] = emu().outbox.list({ api: 'subscribeMessage.send' });
    expect(item).toMatchObject({
      api: 'subscribeMessage.send',
      openid: 'sender',
      ok: true,
      args: { touser: 'resident-1', templateId: 'TPL', data: { thing1: { value: '工单已受理' } } },
    });
  });

  itLocal('a registered responder can reject, as msgSecCheck does for risky content', async () => {
    emu().outbox.respond('security.msgSecCheck', (args) =>
      String((args as { content?: string }).content).includes('坏') ? { errCode: 87014, errMsg: 'risky content' } : {},
    );
    await expect(cloud.openapi.security.msgSecCheck({ content: '好内容' })).resolves.toMatchObject({ errCode: 0 });
    await expect(cloud.openapi.security.msgSecCheck({ content: '坏内容' })).rejects.toMatchObject({
      errCode: 87014,
      errMsg: 'openapi.security.msgSecCheck:fail risky content',
    });
    expect(
      emu()
        .outbox.list({ api: 'security.msgSecCheck' })
        .map((i) => i.ok),
    ).toEqual([true, false]);
  });

  itLocal('wxacode answers an image buffer by default', async () => {
    const res = (await cloud.openapi.wxacode.getUnlimited({ scene: 't=1' })) as { contentType: string; buffer: Buffer };
    expect(res.contentType).toBe('image/png');
    expect(Buffer.isBuffer(res.buffer)).toBe(true);
  });
});

describe('storage', () => {
  test('uploadFile, getTempFileURL, downloadFile, deleteFile', async () => {
    const up = (await cloud.uploadFile({ cloudPath: 'photos/t1/a.jpg', fileContent: Buffer.from('jpeg-bytes') })) as {
      fileID: string;
    };
    expect(typeof up.fileID).toBe('string');
    const urls = (await cloud.getTempFileURL({ fileList: [up.fileID] })) as {
      fileList: Array<{ fileID: string; tempFileURL: string; status: number }>;
    };
    expect(urls.fileList[0]).toMatchObject({ fileID: up.fileID, status: 0 });
    if (LOCAL) {
      expect(up.fileID).toBe('local://photos/t1/a.jpg');
      expect(urls.fileList[0].tempFileURL).toBe('/files/photos/t1/a.jpg');
      expect(readFileSync(emu().storage.pathOf(up.fileID) as string, 'utf8')).toBe('jpeg-bytes');
    }
    const down = (await cloud.downloadFile({ fileID: up.fileID })) as { fileContent: Buffer };
    expect(down.fileContent.toString()).toBe('jpeg-bytes');
    const del = (await cloud.deleteFile({ fileList: [up.fileID] })) as { fileList: Array<{ status: number }> };
    expect(del.fileList[0].status).toBe(0);
    await expect(cloud.downloadFile({ fileID: up.fileID })).rejects.toBeDefined();
  });

  itLocal('storage.put and urlOf serve the gateway', () => {
    const id = emu().storage.put(Buffer.from('x'), { ext: 'png' });
    expect(id).toMatch(/^local:\/\/uploads\/\d{8}\/[0-9a-f]+\.png$/);
    expect(emu().storage.urlOf(id)).toBe(`/files/${id.slice('local://'.length)}`);
    expect(emu().storage.pathOf('local://../../etc/passwd')).toBeNull();
  });
});
