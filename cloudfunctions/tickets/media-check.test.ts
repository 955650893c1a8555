/**
 * Image verdicts (WeChat's `wxa_media_check` push): accepted only as WeChat sends it (no OPENID in the
 * context, the push's exact shape), refused from any client call.
 */
import { setupCloud } from '../test-support/cloud';
import { mediaPush } from '../test-support/media';
import { workflow } from '../test-support/tickets';
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
