/**
 * Handlers' notes keep no copy of a phone (issue 16, privacy): the phone of a case lives in the
 * ticket's reporterPhone, which only its handlers see and 注销账号 removes. A phone typed into a
 * proxy filing's text, or into a progress note, is stored masked.
 */
import type { Ticket, TicketEvent } from '@lx/types';
import { DEMO_BUILDING_ID } from '@emulator/seed/build';
import { expectOk, setupCloud } from '../test-support/cloud';
import { main } from './index';

const cloud = setupCloud({ tickets: 0 });
afterAll(() => cloud.cleanup());

const PHONE = '13977778888';
const MASKED = '139****8888';

it('a phone in a proxy filing’s text and in a progress note is stored masked; its field keeps it for the handler', async () => {
  const filed = expectOk(
    await cloud.call(
      main,
      'tickets',
      'file',
      {
        categoryId: 'cat-streetlight',
        description: `居民来电：楼道灯不亮，回电${PHONE}`,
        buildingId: DEMO_BUILDING_ID,
        source: 'phone',
        residentName: '刘大爷',
        phone: PHONE,
      },
      'demo-grid',
    ),
  );
  const t = cloud.emu.store.get('tickets', filed.id) as Ticket;
  expect(t.description).toBe(`居民来电：楼道灯不亮，回电${MASKED}`);
  expect(t.reporterPhone).toBe(PHONE);
  expectOk(await cloud.call(main, 'tickets', 'accept', { id: filed.id, version: t.version }, 'demo-grid'));
  expectOk(
    await cloud.call(main, 'tickets', 'progress', { id: filed.id, note: `已电话联系 ${PHONE}，明天上门` }, 'demo-grid'),
  );
  const events = cloud.emu.store.all('ticket_events') as unknown as TicketEvent[];
  const progress = events.find((e) => e.ticketId === filed.id && e.action === 'progress')!;
  expect(progress.note).toBe(`已电话联系 ${MASKED}，明天上门`);
  // nowhere but the ticket's own field
  const everywhere = JSON.stringify([...events, { ...t, reporterPhone: undefined }]);
  expect(everywhere).not.toContain(PHONE);
  // the handler still reads it where it belongs
  const detail = expectOk(await cloud.call(main, 'tickets', 'detail', { id: filed.id }, 'demo-grid'));
  expect(detail.reporter).toMatchObject({ name: '刘大爷', phone: PHONE });
});
