/**
 * A stored photo as a user's upload: the file in the emulator's storage and its record in `uploads`
 * (what `org.uploadSlot` writes before the client uploads), so an action accepts it from that user.
 */
import { randomBytes } from 'node:crypto';
import { COLLECTIONS, pathOfFileId } from '@lx/types';
import type { setupCloud } from './cloud';

type Cloud = ReturnType<typeof setupCloud>;

export function uploadAs(cloud: Cloud, owner: string, bytes: Buffer = randomBytes(16), ext = 'jpg'): string {
  const fileId = cloud.emu.storage.put(bytes, { ext });
  const path = pathOfFileId(fileId)!;
  cloud.emu.store.insertMany(COLLECTIONS.uploads, [{ _id: path, owner, createdAt: Date.now() }]);
  return fileId;
}
