/**
 * A visit step's photos and WeChat's image verdicts (the `wxa_media_check` push to `tickets`): each
 * photo's check is recorded with the step (media_checks, kind visit), and a risky verdict takes the
 * photo out of the step, so no view of the visit shows it; a passing one only marks it.
 */
import { DEMO_BUILDING_ID } from '@emulator/seed/build';
import type { MediaCheckRecord, Visit, VisitView } from '@lx/types';
import { main as tickets } from '../tickets/index';
import { newRequestId, setupCloud } from '../test-support/cloud';
import { mediaPush } from '../test-support/media';
import { uploadAs } from '../test-support/uploads';
import { visitsCaller } from '../test-support/visits';

const cloud = setupCloud();
afterAll(() => cloud.cleanup());
const { ok } = visitsCaller(cloud);
const visitDoc = (id: string) => cloud.emu.store.get('visits', id) as unknown as Visit;

beforeEach(() => {
  cloud.emu.outbox.clear();
  cloud.emu.outbox.resetResponders();
});

describe('a risky visit step photo', () => {
  it('leaves the step and every view of the visit; a passing one stays; a verdict sent again changes nothing', async () => {
    const who = 'demo-grid';
    const h = await ok<{ id: string }>('createHousehold', { buildingId: DEMO_BUILDING_ID, room: '6单元606' }, who);
    const v = (await ok<{ visitId: string }>('start', { householdId: h.id }, who)).visitId;
    const [good, bad] = [uploadAs(cloud, who), uploadAs(cloud, who)];
    let n = 0;
    cloud.emu.outbox.respond('security.mediaCheckAsync', () => ({ traceId: `visit-trace-${++n}` }));
    await ok('step', { visitId: v, step: 1, data: {}, photos: [good, bad], requestId: newRequestId() }, who);
    expect(cloud.emu.store.get('media_checks', 'visit-trace-2') as unknown as MediaCheckRecord).toMatchObject({
      kind: 'visit',
      visitId: v,
      fileId: bad,
      state: 'pending',
    });

    expect(await cloud.emu.invoke(tickets, mediaPush('visit-trace-2', 'risky', 20002))).toMatchObject({ ok: true });
    expect(await cloud.emu.invoke(tickets, mediaPush('visit-trace-1', 'pass'))).toMatchObject({ ok: true });
    expect(visitDoc(v).steps[0]).toMatchObject({
      photos: [good],
      photoReviews: [
        { fileId: good, traceId: 'visit-trace-1', state: 'pass' },
        { fileId: bad, traceId: 'visit-trace-2', state: 'risky' },
      ],
    });
    expect(cloud.emu.store.get('media_checks', 'visit-trace-2')).toMatchObject({ state: 'risky' });
    const shown = await ok<VisitView>('visit', { id: v }, who);
    expect(shown.steps[0].photos).toEqual([good]);
    const detail = await ok<{ visits: VisitView[] }>('household', { id: h.id }, 'demo-community');
    expect(detail.visits[0].steps[0].photos).toEqual([good]);

    const snap = cloud.snapshot();
    expect(await cloud.emu.invoke(tickets, mediaPush('visit-trace-2', 'risky', 20002))).toMatchObject({ ok: true });
    expect(cloud.snapshot()).toEqual(snap);
  });
});
