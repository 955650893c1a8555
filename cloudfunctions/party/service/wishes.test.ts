/**
 * 微心愿 (三单制) through the real handlers: a resident's 点单, the community's 下单 or refusal, one
 * member's 接单 out of many racing, completion with a photo of their own, the resident's confirmation
 * crediting the member in the same transaction; each step tells the next person; a closed wish cannot
 * be edited; people with no part in a wish learn nothing of it.
 */
import { type Result, type WishStep, type WishView } from '@lx/types';
import { DEMO_COMMUNITY_ID } from '@emulator/seed/build';
import { clock, setupCloud } from '../../test-support/cloud';
import { kit } from '../../test-support/party-service';
import { uploadAs } from '../../test-support/uploads';

const cloud = setupCloud();
afterAll(() => cloud.cleanup());
const { call, ok, code, members } = kit(cloud);
const C = DEMO_COMMUNITY_ID;
const RESIDENT = 'demo-resident';

beforeEach(() => {
  clock.reset();
  cloud.forgetLimits();
});

const allow = (...ids: string[]) => {
  for (const id of ids) {
    const u = cloud.emu.store.get('users', id) as Record<string, unknown>;
    cloud.emu.store.write('users', [{ kind: 'put', doc: { ...u, subscriptions: { partyTask: 20 } } }]);
  }
};
const sentTo = (touser: string) =>
  cloud.emu.outbox
    .list({ api: 'subscribeMessage.send' })
    .filter((m) => m.ok && (m.args as { touser: string }).touser === touser)
    .map((m) => (m.args as { data: { phrase2: { value: string } } }).data.phrase2.value);

const post = async (title = '想请人帮忙修一下门口的灯') =>
  (await ok<WishStep>('postWish', { title, detail: '家里老人腿脚不便，门口的灯坏了一周' }, RESIDENT)).wishId;
const approve = (wishId: string) =>
  ok<WishView>('reviewWish', { communityId: C, wishId, decision: 'approve' }, 'demo-community');

describe('三单制', () => {
  it('点单 → 下单 → 接单 → completed with a photo → confirmed, each step telling the next person', async () => {
    allow(RESIDENT, 'demo-community', 'demo-party');
    const id = await post();
    expect(sentTo('demo-community')).toEqual(['待审核']);
    expect(await code('claimWish', { communityId: C, wishId: id }, 'demo-party')).toBe('PARTY.WISH_BAD_STATE');
    expect((await approve(id)).status).toBe('approved');
    const claimed = await ok<WishView>('claimWish', { communityId: C, wishId: id }, 'demo-party');
    expect(claimed).toMatchObject({ status: 'claimed', claimerId: 'demo-party', claimerName: '赵红梅' });
    const photo = uploadAs(cloud, 'demo-party');
    expect(await code('completeWish', { communityId: C, wishId: id, photos: [] }, 'demo-party')).toBe(
      'PARTY.WISH_EMPTY_COMPLETION',
    );
    const done = await ok<WishView>(
      'completeWish',
      { communityId: C, wishId: id, note: '已换好灯泡', photos: [photo] },
      'demo-party',
    );
    // the photo as a URL a page can show (files.ts tempUrls; the emulator serves storage at /files)
    const shown = [photo.replace(/^local:\/\//, '/files/')];
    expect(done).toMatchObject({
      status: 'completed',
      completion: { note: '已换好灯泡', photos: shown },
      can: { confirm: false },
    });
    expect((await ok<WishView>('wish', { wishId: id }, RESIDENT)).completion?.photos).toEqual(shown);
    expect(await code('confirmWish', { wishId: id }, 'demo-party')).toBe('PARTY.WISH_NOT_OWNER');
    const confirmed = await ok<WishView>('confirmWish', { wishId: id }, RESIDENT);
    expect(confirmed.status).toBe('confirmed');
    expect(sentTo(RESIDENT)).toEqual(['待认领', '已认领', '待确认']);
    expect(sentTo('demo-party')).toEqual(['已完成']);
    expect(cloud.emu.store.get('party_points', `wishCompleted|${id}|demo-party`)).toMatchObject({
      rule: 'wishCompleted',
      source: { kind: 'wish', id },
      points: 5,
      by: RESIDENT,
    });
  });

  it('接单 is exclusive: twelve members racing, exactly one claims it, the rest are told it is taken', async () => {
    const id = await post();
    await approve(id);
    const racers = members(12, C, 'wishrace');
    const answers = await Promise.all(racers.map((u) => call('claimWish', { communityId: C, wishId: id }, u)));
    const won = answers.filter((r) => r.ok);
    expect(won).toHaveLength(1);
    const codes = answers.filter((r): r is Extract<Result<unknown>, { ok: false }> => !r.ok).map((r) => r.code);
    expect(codes.every((c) => c === 'PARTY.WISH_TAKEN' || c === 'COMMON.CONFLICT')).toBe(true);
    expect(codes).toContain('PARTY.WISH_TAKEN');
    const doc = cloud.emu.store.get('party_wishes', id) as { claimerId: string; history: { action: string }[] };
    expect(doc.history.filter((h) => h.action === 'claim')).toHaveLength(1);
    expect(racers).toContain(doc.claimerId);
  }, 30_000);

  it('a photo that is not the member’s own upload is refused', async () => {
    const id = await post();
    await approve(id);
    await ok('claimWish', { communityId: C, wishId: id }, 'demo-party');
    const someoneElses = uploadAs(cloud, RESIDENT);
    expect(await code('completeWish', { communityId: C, wishId: id, photos: [someoneElses] }, 'demo-party')).toBe(
      'TICKET.PHOTO_INVALID',
    );
  });

  it('only the claimer completes it', async () => {
    const id = await post();
    await approve(id);
    await ok('claimWish', { communityId: C, wishId: id }, 'demo-party');
    const [other] = members(1, C, 'notclaimer');
    expect(await code('completeWish', { communityId: C, wishId: id, note: '我来做了' }, other)).toBe(
      'PARTY.WISH_NOT_YOURS',
    );
  });
});

describe('refusals that change nothing', () => {
  it('a closed wish (rejected or confirmed) cannot be edited', async () => {
    const id = await post();
    await ok(
      'reviewWish',
      { communityId: C, wishId: id, decision: 'reject', reason: '该需求请联系物业处理' },
      'demo-community',
    );
    const before = cloud.snapshot();
    expect(
      await call(
        'editWish',
        { wishId: id, title: '换个说法再试试', detail: '家里老人腿脚不便，门口的灯坏了' },
        RESIDENT,
      ),
    ).toMatchObject({
      ok: false,
      code: 'PARTY.WISH_CLOSED',
      message: '该微心愿已关闭，不能再修改',
    });
    expect(await code('reviewWish', { communityId: C, wishId: id, decision: 'approve' }, 'demo-community')).toBe(
      'PARTY.WISH_CLOSED',
    );
    expect(cloud.snapshot()).toEqual(before);
  });

  it('a posted wish is edited by its resident only; a resident cannot approve', async () => {
    const id = await post();
    const edit = { wishId: id, title: '门口的灯坏了', detail: '家里老人腿脚不便，门口的灯坏了一周多' };
    expect((await ok<WishView>('editWish', edit, RESIDENT)).title).toBe('门口的灯坏了');
    expect(await code('editWish', edit, 'demo-party')).toBe('PARTY.WISH_NOT_OWNER');
    expect(await code('reviewWish', { communityId: C, wishId: id, decision: 'approve' }, RESIDENT)).toBe(
      'AUTH.FORBIDDEN',
    );
    await approve(id);
    expect(await code('editWish', edit, RESIDENT)).toBe('PARTY.WISH_BAD_STATE');
  });

  it('a wish is opened by its resident, its community’s staff and members; anyone else is told it does not exist', async () => {
    const id = await post();
    expect(await code('wish', { wishId: id }, RESIDENT)).toBe('ok');
    expect(await code('wish', { wishId: id }, 'demo-community')).toBe('ok');
    expect(await code('wish', { wishId: id }, 'demo-party')).toBe('ok');
    const other = cloud.emu.store.find('org_nodes', { type: 'community', _id: { $ne: C } }, { limit: 1 })[0] as {
      _id: string;
    };
    const [stranger] = members(1, other._id, 'wishstranger');
    expect(await code('wish', { wishId: id }, stranger)).toBe('PARTY.WISH_NOT_FOUND');
    expect(await code('claimWish', { communityId: C, wishId: id }, stranger)).toBe('AUTH.OUT_OF_SCOPE');
  });

  it('members list what waits to be claimed; staff list by state', async () => {
    const id = await post('请人陪老人去医院复诊');
    const staffList = await ok<{ items: WishView[] }>('wishes', { communityId: C }, 'demo-community');
    expect(staffList.items.map((w) => w._id)).toContain(id);
    const memberList = await ok<{ items: WishView[] }>('wishes', { communityId: C, status: 'posted' }, 'demo-party');
    expect(memberList.items.map((w) => w._id)).not.toContain(id);
    await approve(id);
    const after = await ok<{ items: WishView[] }>('wishes', { communityId: C }, 'demo-party');
    expect(after.items.find((w) => w._id === id)?.can.claim).toBe(true);
  });
});
