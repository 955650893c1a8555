/** Upload slots and who was given them (types/upload.ts): written by org.uploadSlot, read wherever file ids are taken. */
import { COLLECTIONS, type Upload } from '@lx/types';
import { db } from '../cloud';

const uploads = () => db().collection(COLLECTIONS.uploads);

export async function recordUpload(u: Upload): Promise<void> {
  await uploads().add({ data: { ...u } });
}

/** Which of these cloud paths were handed to `owner` (one read: a photo list holds at most 9). */
export async function ownedPaths(owner: string, paths: readonly string[]): Promise<Set<string>> {
  if (paths.length === 0) return new Set();
  const _ = db().command;
  const res = await uploads()
    .where({ _id: _.in([...paths]), owner })
    .limit(100)
    .get();
  return new Set(res.data.map((d) => String(d._id)));
}
