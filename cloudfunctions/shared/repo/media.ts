/**
 * Image checks of avatars and notice images, and what a risky verdict does to them (a ticket's photos
 * are the tickets repo's: setPhotoReview). The file itself stays in storage: nothing is deleted, a
 * verdict only takes the picture out of what people are shown.
 */
import { COLLECTIONS, type MediaCheckRecord, type Notice, type NoticeBlock } from '@lx/types';
import { db } from '../cloud';

const checks = () => db().collection(COLLECTIONS.mediaChecks);

export async function getMediaCheck(traceId: string): Promise<MediaCheckRecord | null> {
  if (!traceId) return null;
  const res = await checks().where({ _id: traceId }).limit(1).get();
  return (res.data[0] as unknown as MediaCheckRecord | undefined) ?? null;
}

type Subject =
  | { kind: 'ticket'; ticketId: string }
  | { kind: 'avatar'; userId: string }
  | { kind: 'notice'; noticeId: string }
  | { kind: 'visit'; visitId: string }
  | { kind: 'wish'; wishId: string };

/** Image checks to remember (a check WeChat gave no trace id cannot be answered, so is not kept). */
export const mediaChecksFor = (
  subject: Subject,
  checks: readonly { fileId: string; traceId: string }[],
  now: number,
): MediaCheckRecord[] =>
  checks
    .filter((c) => c.traceId)
    .map((c) => ({ _id: c.traceId, ...subject, fileId: c.fileId, state: 'pending' as const, createdAt: now }));

export async function insertMediaChecks(records: readonly MediaCheckRecord[]): Promise<void> {
  for (const r of records) await checks().add({ data: { ...r } });
}

export async function setMediaCheckState(traceId: string, state: MediaCheckRecord['state']): Promise<void> {
  await checks().doc(traceId).update({ data: { state } });
}

/** A risky avatar goes (the default picture shows), unless the user has chosen another since. */
export async function dropAvatar(userId: string, fileId: string): Promise<number> {
  const _ = db().command;
  const res = await db()
    .collection(COLLECTIONS.users)
    .where({ _id: userId, avatar: fileId })
    .update({ data: { avatar: _.remove() } });
  return res.stats.updated;
}

/** A risky image leaves the notice's body (and its image list): readers never see it. */
export async function hideNoticeImage(noticeId: string, fileId: string): Promise<number> {
  const _ = db().command;
  return db().runTransaction(async (tx) => {
    const got = await tx.collection(COLLECTIONS.notices).doc(noticeId).get();
    const n = got.data as unknown as Notice | null;
    if (!n || !n.images.includes(fileId)) return 0;
    const body = n.body.filter((b: NoticeBlock) => !(b.type === 'img' && b.fileId === fileId));
    const images = n.images.filter((f) => f !== fileId);
    const r = await tx
      .collection(COLLECTIONS.notices)
      .doc(noticeId)
      .update({ data: { body: _.set(body), images: _.set(images) } });
    return r.stats.updated;
  });
}
