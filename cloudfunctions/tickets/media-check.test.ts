/**
 * Image verdicts (WeChat's `wxa_media_check` push): accepted only as WeChat sends it (no OPENID in the
 * context, the push's exact shape), refused from any client call; routed by the trace id's record to
 * what it judges, a ticket's photo, an avatar or a notice's image, and acted on alike.
 */
import { DEMO_GRID_ID } from '@emulator/seed/build';
import { main as notices } from '../notices/index';
import { main as org } from '../org/index';
import { expectOk, setupCloud } from '../test-support/cloud';
import { mediaPush } from '../test-support/media';
import { workflow } from '../test-support/tickets';
import { uploadAs } from '../test-support/uploads';
import { main } from './index';

const cloud = setupCloud();
afterAll(() => cloud.cleanup());
const w = workflow(cloud);
const { cast } = w;

beforeEach(() => {
  cloud.emu.outbox.clear();
  cloud.emu.outbox.resetResponders();
});

let traces = 0;
/** a ticket with one photo under review; answers the ticket and the photo's trace id */
async function ticketUnderReview() {
  const trace = `trace-${++traces}`;
  cloud.emu.outbox.respond('security.mediaCheckAsync', () => ({ traceId: trace }));
  const photo = w.photo(cast.reporter);
  const id = await w.file({ photos: [photo] });
  return { id, photo, trace };
}

describe('the media-check push', () => {
  it('as WeChat sends it (no OPENID, the push’s shape), a risky verdict hides the photo', async () => {
    const { id, photo, trace } = await ticketUnderReview();
    expect(await cloud.emu.invoke(main, mediaPush(trace, 'risky', 20002))).toMatchObject({ ok: true });
    expect(w.ticket(id).hiddenPhotos).toEqual([photo]);
  });

  it('as pushes have been seen in the field (label a string, no errcode/errmsg, a field more), it is still acted on', async () => {
    const { id, photo, trace } = await ticketUnderReview();
    const { errcode: _c, errmsg: _m, ...push } = mediaPush(trace, 'risky');
    const seen = { ...push, result: { suggest: 'risky', label: '20002' }, isrisky: 1 };
    expect(await cloud.emu.invoke(main, seen)).toMatchObject({ ok: true });
    expect(w.ticket(id).hiddenPhotos).toEqual([photo]);
  });

  it('with the push sender as the context OPENID (as pushed events carry it), it is acted on', async () => {
    const { id, photo, trace } = await ticketUnderReview();
    const push = mediaPush(trace, 'risky');
    expect(await cloud.emu.invoke(main, push, { OPENID: push.FromUserName })).toMatchObject({ ok: true });
    expect(w.ticket(id).hiddenPhotos).toEqual([photo]);
  });

  it('a client call posing as the push is refused, whatever it carries, and changes nothing', async () => {
    const { trace } = await ticketUnderReview();
    const snap = cloud.snapshot();
    const posed = await cloud.emu.invoke(main, mediaPush(trace, 'risky'), { OPENID: cast.reporter });
    expect(posed).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
    expect(cloud.snapshot()).toEqual(snap);
  });

  it.each([
    [
      'without the push’s envelope',
      (t: string) => ({ Event: 'wxa_media_check', trace_id: t, result: { suggest: 'risky' } }),
    ],
    ['with an action beside it', (t: string) => ({ ...mediaPush(t, 'risky'), action: 'detail' })],
    ['with an operator for a trace id', () => ({ ...mediaPush('x', 'risky'), trace_id: { $ne: '' } })],
    ['with a verdict WeChat never gives', (t: string) => ({ ...mediaPush(t), result: { suggest: 'hide', label: 1 } })],
    ['with the wrong message type', (t: string) => ({ ...mediaPush(t, 'risky'), MsgType: 'text' })],
  ])('a push %s is refused and changes nothing', async (_name, build) => {
    const { trace } = await ticketUnderReview();
    const snap = cloud.snapshot();
    const r = await cloud.emu.invoke(main, build(trace));
    expect(r).toMatchObject({ ok: false });
    expect(cloud.snapshot()).toEqual(snap);
  });
});

describe('a risky verdict acts on avatars and notice images as on ticket photos', () => {
  const traceNext = () => {
    const trace = `trace-${++traces}`;
    cloud.emu.outbox.respond('security.mediaCheckAsync', () => ({ traceId: trace }));
    return trace;
  };

  it('a risky avatar is removed (the default picture shows); a passing one stays', async () => {
    const who = 'demo-resident';
    const ok = uploadAs(cloud, who);
    const passTrace = traceNext();
    expectOk(await cloud.call(org, 'org', 'updateProfile', { avatar: ok }, who));
    await cloud.emu.invoke(main, mediaPush(passTrace, 'pass'));
    expect(cloud.emu.store.get('users', who)).toMatchObject({ avatar: ok });

    const bad = uploadAs(cloud, who);
    const trace = traceNext();
    expectOk(await cloud.call(org, 'org', 'updateProfile', { avatar: bad }, who));
    expect(cloud.emu.store.get('media_checks', trace)).toMatchObject({ kind: 'avatar', userId: who, fileId: bad });
    expect(await cloud.emu.invoke(main, mediaPush(trace, 'risky', 20002))).toMatchObject({ ok: true });
    expect(cloud.emu.store.get('users', who)?.avatar).toBeUndefined();
    const me = expectOk(await cloud.call(org, 'org', 'me', {}, who));
    expect(me).not.toHaveProperty('avatarUrl');
    expect(cloud.emu.store.get('media_checks', trace)).toMatchObject({ state: 'risky' });
  });

  it('a risky notice image leaves the notice’s body; the other image and the text stay', async () => {
    const author = 'demo-community';
    const [good, bad] = [uploadAs(cloud, author), uploadAs(cloud, author)];
    let n = 0;
    cloud.emu.outbox.respond('security.mediaCheckAsync', () => ({ traceId: `notice-trace-${++n}` }));
    const body = [
      { type: 'p', text: '本周六上午九点在小区广场开展义诊活动，欢迎居民参加。' },
      { type: 'img', fileId: good },
      { type: 'img', fileId: bad },
    ];
    const draft = {
      title: '义诊活动通知',
      category: 'notice',
      body,
      targets: [DEMO_GRID_ID],
      requestId: 'req-media-notice',
    };
    const { id } = expectOk(await cloud.call(notices, 'notices', 'save', draft, author));
    expect(cloud.emu.store.get('media_checks', 'notice-trace-2')).toMatchObject({
      kind: 'notice',
      noticeId: id,
      fileId: bad,
    });
    await cloud.emu.invoke(main, mediaPush('notice-trace-2', 'risky', 20002));
    await cloud.emu.invoke(main, mediaPush('notice-trace-1', 'pass'));
    const shown = expectOk(await cloud.call(notices, 'notices', 'detail', { id }, author));
    expect(shown.body.map((b) => (b.type === 'img' ? b.fileId : b.type))).toEqual(['p', good]);
    expect(cloud.emu.store.get('notices', id)).toMatchObject({ images: [good] });
  });
});
