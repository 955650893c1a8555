/**
 * Uploads belong to who uploaded them: `org.uploadSlot` hands out a cryptographically random cloud
 * path and records it with its owner; every action that takes file ids accepts only the caller's own
 * uploads, or files already on the record being edited. 60 slots an hour.
 */
import { DEMO_GRID_ID } from '@emulator/seed/build';
import { HOUR, UPLOAD_PATH, type Result } from '@lx/types';
import { main as notices } from '../notices/index';
import { main as tickets } from '../tickets/index';
import { clock, expectOk, SEED_NOW, setupCloud } from '../test-support/cloud';
import { uploadAs } from '../test-support/uploads';
import { main } from './index';

const cloud = setupCloud();
afterAll(() => cloud.cleanup());
beforeEach(() => clock.set(SEED_NOW + 60_000));

type Main = typeof main;
const call = (fn: Main, action: string, payload: Record<string, unknown>, who: string) =>
  cloud.call(fn, 'org', action as 'me', payload, who) as Promise<Result<unknown>>;
const slot = async (who: string, ext = 'jpg') =>
  expectOk(await call(main, 'uploadSlot', { ext }, who)) as { cloudPath: string };

let req = 0;
const filing = (photos: string[]) => ({
  categoryId: 'cat-streetlight',
  description: '小区东门路灯不亮已经三天了',
  photos,
  requestId: `req-uploads-${++req}`,
});

describe('org.uploadSlot', () => {
  it('answers a fresh random path per call, recorded with its owner', async () => {
    const a = await slot('demo-resident');
    const b = await slot('demo-resident', 'png');
    expect(a.cloudPath).toMatch(UPLOAD_PATH);
    expect(b.cloudPath).toMatch(/\.png$/);
    expect(a.cloudPath).not.toBe(b.cloudPath);
    expect(cloud.emu.store.get('uploads', a.cloudPath)).toMatchObject({ owner: 'demo-resident' });
  });

  it('an upload to the slot’s path is the caller’s to attach', async () => {
    const { cloudPath } = await slot('demo-resident');
    const fileID = cloud.emu.storage.create(cloudPath, Buffer.from('jpeg'));
    expect(await call(tickets, 'file', filing([fileID]), 'demo-resident')).toMatchObject({ ok: true });
  });

  it('at most 60 slots an hour (COMMON.RATE_LIMITED), then again the next hour', async () => {
    const who = 'demo-party';
    for (let i = 0; i < 60; i++) await slot(who);
    expect(await call(main, 'uploadSlot', {}, who)).toMatchObject({ ok: false, code: 'COMMON.RATE_LIMITED' });
    clock.set(SEED_NOW + 60_000 + HOUR + 1);
    expect(await call(main, 'uploadSlot', {}, who)).toMatchObject({ ok: true });
  });
});

describe('another user’s upload is refused wherever a file id is taken (TICKET.PHOTO_INVALID)', () => {
  it('a filing, and a handler’s progress photos', async () => {
    const theirs = uploadAs(cloud, 'demo-resident-new');
    const snap = cloud.snapshot();
    expect(await call(tickets, 'file', filing([theirs]), 'demo-resident')).toMatchObject({
      ok: false,
      code: 'TICKET.PHOTO_INVALID',
    });
    expect(cloud.snapshot()).toEqual(snap);
    const mine = uploadAs(cloud, 'demo-resident');
    const { id } = expectOk(await call(tickets, 'file', filing([mine]), 'demo-resident')) as { id: string };
    const version = () => (cloud.emu.store.get('tickets', id) as { version: number }).version;
    expectOk(await call(tickets, 'accept', { id, version: version() }, 'demo-grid'));
    expect(
      await call(tickets, 'progress', { id, version: version(), note: '现场照片', photos: [theirs] }, 'demo-grid'),
    ).toMatchObject({ ok: false, code: 'TICKET.PHOTO_INVALID' });
    // a file already on the ticket may be shown again
    const again = { id, version: version(), note: '见居民照片', photos: [mine] };
    expect(await call(tickets, 'progress', again, 'demo-grid')).toMatchObject({ ok: true });
  });

  it('a file id of no upload at all (a shape that merely looks right)', async () => {
    const stored = cloud.emu.storage.put(Buffer.from('jpeg'), { ext: 'jpg' });
    expect(await call(tickets, 'file', filing([stored]), 'demo-resident')).toMatchObject({
      ok: false,
      code: 'TICKET.PHOTO_INVALID',
    });
  });

  it('an avatar; the current one may be saved again', async () => {
    const theirs = uploadAs(cloud, 'demo-resident-new');
    expect(await call(main, 'updateProfile', { avatar: theirs }, 'demo-resident')).toMatchObject({
      ok: false,
      code: 'TICKET.PHOTO_INVALID',
    });
    const mine = uploadAs(cloud, 'demo-resident');
    expectOk(await call(main, 'updateProfile', { avatar: mine }, 'demo-resident'));
    expectOk(await call(main, 'updateProfile', { avatar: mine, nickname: '小李' }, 'demo-resident'));
  });

  it('a notice’s images; an edit keeps the draft’s own', async () => {
    const theirs = uploadAs(cloud, 'demo-resident');
    const draft = (fileId: string) => ({
      title: '停水通知',
      category: 'notice',
      body: [
        { type: 'p', text: '明天上午九点到十二点停水，请提前储水。' },
        { type: 'img', fileId },
      ],
      targets: [DEMO_GRID_ID],
      requestId: `req-uploads-${++req}`,
    });
    expect(await call(notices, 'save', draft(theirs), 'demo-community')).toMatchObject({
      ok: false,
      code: 'TICKET.PHOTO_INVALID',
    });
    const mine = uploadAs(cloud, 'demo-community');
    const { id } = expectOk(await call(notices, 'save', draft(mine), 'demo-community')) as { id: string };
    expect(
      await call(notices, 'save', { ...draft(mine), id, title: '停水通知（更新）' }, 'demo-community'),
    ).toMatchObject({ ok: true });
  });
});
