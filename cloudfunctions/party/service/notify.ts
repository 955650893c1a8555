/**
 * Each 微心愿 step tells the next person (subscription messages after the commit, never failing the
 * step: shared/notify.ts): posted → the community's staff (to 下单), approved or rejected → the
 * resident, claimed → the resident, completed → the resident (to confirm), confirmed → the member.
 * Approved wishes wait in the members' list (a message to every member of a community would spend
 * everyone's credit on one wish).
 */
import { cstMinute, WISH_STATUS_LABELS, type Wish } from '@lx/types';
import { notify } from '../../shared/notify';
import { usersWithGrant } from '../../shared/repo/users';

export const wishPage = (id: string): string => `packages/party/pages/wish/index?id=${id}`;

const HINT: Record<Wish['status'], string> = {
  posted: '有居民提出了新的微心愿，请审核',
  approved: '社区已审核通过，等待党员认领',
  rejected: '社区未通过您的微心愿',
  claimed: '已有党员认领您的微心愿',
  completed: '党员已完成您的微心愿，请确认',
  confirmed: '居民已确认，积分已记入',
};

async function send(touser: string, w: Wish, at: number): Promise<void> {
  await notify({
    touser,
    template: 'partyTask',
    values: [`微心愿：${w.title}`, WISH_STATUS_LABELS[w.status], cstMinute(at), w.rejectReason ?? HINT[w.status]],
    page: wishPage(w._id),
  });
}

export async function notifyWishStep(w: Wish, at: number): Promise<void> {
  if (w.status === 'posted') {
    const staff = await usersWithGrant(w.communityId, ['communityStaff']);
    await Promise.all(staff.map((u) => send(u._id, w, at)));
    return;
  }
  if (w.status === 'confirmed') {
    if (w.claimerId) await send(w.claimerId, w, at);
    return;
  }
  await send(w.residentId, w, at);
}
