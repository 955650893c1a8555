/**
 * A 微心愿's completion photos and WeChat's image verdicts (the `wxa_media_check` push to `tickets`):
 * each photo's check is remembered with the completion, in its transaction (media_checks, kind wish),
 * and a risky verdict takes the photo out of the wish, so no view shows it; a passing one only marks
 * its record; the same verdict again changes nothing.
 */
import { DEMO_COMMUNITY_ID } from '@emulator/seed/build';
import type { MediaCheckRecord, Wish, WishStep, WishView } from '@lx/types';
import { main as tickets } from '../../tickets/index';
import { setupCloud } from '../../test-support/cloud';
import { mediaPush } from '../../test-support/media';
import { kit } from '../../test-support/party-service';
import { uploadAs } from '../../test-support/uploads';

const cloud = setupCloud();
afterAll(() => cloud.cleanup());
const { ok } = kit(cloud);
const C = DEMO_COMMUNITY_ID;
const wishDoc = (id: string) => cloud.emu.store.get('party_wishes', id) as unknown as Wish;

describe('a risky 微心愿 completion photo', () => {
  it('leaves the wish and its view; a passing one stays; a verdict sent again changes nothing', async () => {
    const id = (
      await ok<WishStep>('postWish', { title: '帮忙换个灯泡', detail: '楼道的灯坏了，老人晚上看不见' }, 'demo-resident')
    ).wishId;
    await ok('reviewWish', { communityId: C, wishId: id, decision: 'approve' }, 'demo-community');
    await ok('claimWish', { communityId: C, wishId: id }, 'demo-party');
    const [good, bad] = [uploadAs(cloud, 'demo-party'), uploadAs(cloud, 'demo-party')];
    let n = 0;
    cloud.emu.outbox.respond('security.mediaCheckAsync', () => ({ traceId: `wish-trace-${++n}` }));
    await ok('completeWish', { communityId: C, wishId: id, note: '换好了', photos: [good, bad] }, 'demo-party');
    expect(cloud.emu.store.get('media_checks', 'wish-trace-2') as unknown as MediaCheckRecord).toMatchObject({
      kind: 'wish',
      wishId: id,
      fileId: bad,
      state: 'pending',
    });

    expect(await cloud.emu.invoke(tickets, mediaPush('wish-trace-2', 'risky', 20002))).toMatchObject({ ok: true });
    expect(await cloud.emu.invoke(tickets, mediaPush('wish-trace-1', 'pass'))).toMatchObject({ ok: true });
    expect(wishDoc(id).completion!.photos).toEqual([good]);
    expect(cloud.emu.store.get('media_checks', 'wish-trace-2')).toMatchObject({ state: 'risky' });
    expect(cloud.emu.store.get('media_checks', 'wish-trace-1')).toMatchObject({ state: 'pass' });
    const shown = await ok<WishView>('wish', { wishId: id }, 'demo-resident');
    expect(shown.completion!.photos).toEqual([good.replace(/^local:\/\//, '/files/')]);

    const snap = cloud.snapshot();
    expect(await cloud.emu.invoke(tickets, mediaPush('wish-trace-2', 'risky', 20002))).toMatchObject({ ok: true });
    expect(cloud.snapshot()).toEqual(snap);
  });
});
