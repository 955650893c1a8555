import { SUBSCRIPTION_TEMPLATES, type SubscriptionKey } from '@lx/types';
import { main as org } from '../org/index';
import { expectOk, setupCloud } from '../test-support/cloud';
import { uploadAs } from '../test-support/uploads';
import { notify } from './notify';
import { checkText, submitImages } from './security';

const cloud = setupCloud({ tickets: 0 });
afterAll(() => cloud.cleanup());
beforeEach(() => {
  cloud.emu.outbox.clear();
  cloud.emu.outbox.resetResponders();
});

const credits = (openid: string) =>
  (cloud.emu.store.get('users', openid) as { subscriptions?: Record<string, number> }).subscriptions ?? {};
const send = (touser: string, template: SubscriptionKey = 'ticketProgress') =>
  cloud.emu.runAs({ OPENID: '' }, () =>
    notify({
      touser,
      template,
      values: ['20261121-00001', '垃圾清运', '已签收', '2026-11-21 10:00', '网格员已签收'],
      page: 'pages/home/index',
    }),
  );

describe('subscription messages', () => {
  it('sends nothing to a user who never accepted the template', async () => {
    expect(await send('demo-resident')).toEqual({ sent: false, reason: 'no-consent' });
    expect(cloud.emu.outbox.list({ api: 'subscribeMessage.send' })).toHaveLength(0);
  });

  it('sends once per acceptance, with the template id and fields cut to WeChat’s lengths', async () => {
    expectOk(await cloud.call(org, 'org', 'subscribe', { accepted: ['ticketProgress'] }, 'demo-resident'));
    expect(credits('demo-resident').ticketProgress).toBe(1);
    expect(await send('demo-resident')).toEqual({ sent: true });
    expect(await send('demo-resident')).toEqual({ sent: false, reason: 'no-consent' });
    const sent = cloud.emu.outbox.list({ api: 'subscribeMessage.send' });
    expect(sent).toHaveLength(1);
    expect(sent[0].args).toMatchObject({
      touser: 'demo-resident',
      templateId: SUBSCRIPTION_TEMPLATES.ticketProgress.id,
      data: { phrase3: { value: '已签收' }, character_string1: { value: '20261121-00001' } },
    });
  });

  it('never spends one credit twice when two senders race', async () => {
    expectOk(await cloud.call(org, 'org', 'subscribe', { accepted: ['ticketProgress'] }, 'demo-resident-new'));
    const outcomes = await Promise.all([send('demo-resident-new'), send('demo-resident-new')]);
    expect(outcomes.filter((o) => o.sent)).toHaveLength(1);
    expect(credits('demo-resident-new').ticketProgress).toBe(0);
  });

  it('gives the credit back when WeChat fails the send, except when the user withdrew consent', async () => {
    expectOk(await cloud.call(org, 'org', 'subscribe', { accepted: ['ticketProgress'] }, 'demo-grid'));
    cloud.emu.outbox.respond('subscribeMessage.send', () => ({
      errcode: 45009,
      errmsg: 'reach max api daily quota limit',
    }));
    expect(await send('demo-grid')).toEqual({ sent: false, reason: 'failed', errCode: 45009 });
    expect(credits('demo-grid').ticketProgress).toBe(1);
    cloud.emu.outbox.respond('subscribeMessage.send', () => ({
      errcode: 43101,
      errmsg: 'user refuse to accept the msg',
    }));
    expect(await send('demo-grid')).toMatchObject({ sent: false, errCode: 43101 });
    expect(credits('demo-grid').ticketProgress).toBe(0);
  });

  it('keeps a long-term template’s consent across sends and clears it only when the user turns it off', async () => {
    // one-time by default; a deployment approved for long-term templates configures the staff reminders so
    expect(SUBSCRIPTION_TEMPLATES.ticketTask.longTerm).toBe(false);
    SUBSCRIPTION_TEMPLATES.ticketTask.longTerm = true;
    try {
      const task = (touser: string) => send(touser, 'ticketTask');
      expect(await task('demo-community')).toEqual({ sent: false, reason: 'no-consent' });
      expectOk(await cloud.call(org, 'org', 'subscribe', { accepted: ['ticketTask'] }, 'demo-community'));
      expectOk(await cloud.call(org, 'org', 'subscribe', { accepted: ['ticketTask'] }, 'demo-community'));
      expect(credits('demo-community').ticketTask).toBe(1);
      for (let i = 0; i < 3; i += 1) expect(await task('demo-community')).toEqual({ sent: true });
      expect(credits('demo-community').ticketTask).toBe(1);
      cloud.emu.outbox.respond('subscribeMessage.send', () => ({
        errcode: 43101,
        errmsg: 'user refuse to accept the msg',
      }));
      expect(await task('demo-community')).toMatchObject({ sent: false, errCode: 43101 });
      expect(credits('demo-community').ticketTask).toBe(0);
      cloud.emu.outbox.resetResponders();
      expect(await task('demo-community')).toEqual({ sent: false, reason: 'no-consent' });
    } finally {
      SUBSCRIPTION_TEMPLATES.ticketTask.longTerm = false;
    }
  });

  it('refuses an unknown template with a Chinese message and stores nothing', async () => {
    const before = credits('demo-street');
    const res = await cloud.call(org, 'org', 'subscribe', { accepted: ['everything'] }, 'demo-street');
    expect(res).toMatchObject({ ok: false, code: 'COMMON.VALIDATION' });
    expect(credits('demo-street')).toEqual(before);
  });
});

describe('content security', () => {
  const asUser = <T>(fn: () => Promise<T>) => cloud.emu.runAs({ OPENID: 'demo-resident' }, fn);

  it('passes clean text and refuses risky text with CONTENT.REJECTED', async () => {
    await expect(asUser(() => checkText('demo-resident', ['楼道灯坏了'], 3))).resolves.toBeUndefined();
    cloud.emu.outbox.respond('security.msgSecCheck', (args) =>
      String((args as { content: string }).content).includes('违禁')
        ? { result: { suggest: 'risky', label: 20001 } }
        : { result: { suggest: 'pass' } },
    );
    await expect(asUser(() => checkText('demo-resident', ['正常', '违禁内容'], 3))).rejects.toMatchObject({
      code: 'CONTENT.REJECTED',
    });
    expect(cloud.emu.outbox.list({ api: 'security.msgSecCheck' }).at(-1)?.args).toMatchObject({
      version: 2,
      scene: 3,
      openid: 'demo-resident',
    });
  });

  it('refuses rather than lets unchecked text through when the check is unavailable', async () => {
    cloud.emu.outbox.respond('security.msgSecCheck', () => ({ errcode: -1, errmsg: 'system error' }));
    await expect(asUser(() => checkText('demo-resident', ['楼道灯坏了'], 3))).rejects.toMatchObject({
      code: 'CONTENT.CHECK_UNAVAILABLE',
    });
  });

  it('submits each photo for the asynchronous image check and returns its trace id', async () => {
    const fileId = uploadAs(cloud, 'demo-resident', Buffer.from('x'), 'png');
    cloud.emu.outbox.respond('security.mediaCheckAsync', () => ({ traceId: 'trace-1' }));
    expect(await asUser(() => submitImages('demo-resident', [fileId], 3))).toEqual([{ fileId, traceId: 'trace-1' }]);
    expect(cloud.emu.outbox.list({ api: 'security.mediaCheckAsync' })[0].args).toMatchObject({
      mediaType: 2,
      version: 2,
    });
  });
});
