/** Data shaped like the cloud functions' answers, for client tests. */
import type { Me, TicketSummary } from '@lx/types';
import { GRID_WORKER_ROLE, homeAddress } from '../test-fixtures';

export const NOW = Date.UTC(2026, 10, 21, 6, 0); // 14:00 China time
const HOUR = 3_600_000;

export const resident: Me = { id: 'u-resident', nickname: '王阿姨', roles: [] };

export const residentWithAddress: Me = { ...resident, address: homeAddress(NOW) };

export const gridWorker: Me = {
  ...residentWithAddress,
  id: 'u-grid',
  nickname: '李网格',
  roles: [GRID_WORKER_ROLE],
};

export function ticket(n: number, over: Partial<TicketSummary> = {}): TicketSummary {
  return {
    id: `t${n}`,
    no: `20261121-0000${n}`,
    categoryName: '路灯损坏',
    description: '3号楼东侧路灯不亮已经一周',
    status: 'pending',
    urgency: 'normal',
    level: 'grid',
    addressText: '凤凰城社区 天河嘉城 3号楼',
    createdAt: NOW - n * HOUR,
    dueAt: NOW + 5 * HOUR,
    overdue: false,
    reopenCount: 0,
    urgeCount: 0,
    joinCount: 0,
    ...over,
  };
}
