/**
 * File IDs → URLs the client can show (cloud:// in WeChat, local:// in the emulator), and the rule
 * for taking file ids from a caller: only their own uploads (types/upload.ts), or files already on
 * the record being edited. Anything else (another user's upload, a file no slot was given for, a
 * shape that merely looks right) is TICKET.PHOTO_INVALID, the same answer as a missing file, so the
 * refusal tells nobody whether someone else's file exists.
 */
import { DomainError, pathOfFileId } from '@lx/types';
import { getCloud } from './cloud';
import { ownedPaths } from './repo/uploads';

export async function tempUrls(fileIds: readonly string[]): Promise<Record<string, string>> {
  const unique = [...new Set(fileIds)].filter(Boolean);
  if (unique.length === 0) return {};
  const out: Record<string, string> = {};
  // the platform takes at most 50 file IDs per call
  for (let i = 0; i < unique.length; i += 50) {
    const res = (await getCloud().getTempFileURL({ fileList: unique.slice(i, i + 50) })) as {
      fileList?: { fileID: string; tempFileURL?: string }[];
    };
    for (const f of res.fileList ?? []) if (f.tempFileURL) out[f.fileID] = f.tempFileURL;
  }
  return out;
}

/** Refuses any file id that is neither `openid`'s upload nor in `already` (on the record being edited). */
export async function assertOwnUploads(
  openid: string,
  fileIds: readonly string[],
  already: readonly string[] = [],
): Promise<void> {
  const fresh = [...new Set(fileIds)].filter((f) => !already.includes(f));
  if (fresh.length === 0) return;
  const paths = fresh.map(pathOfFileId);
  if (!openid || paths.some((p) => p === null)) throw new DomainError('TICKET.PHOTO_INVALID');
  const owned = await ownedPaths(openid, paths as string[]);
  if (paths.some((p) => !owned.has(p!))) throw new DomainError('TICKET.PHOTO_INVALID');
}

/** Writes a file the server made (an exported report) to cloud storage; answers its file ID. */
export async function storeFile(cloudPath: string, content: Buffer): Promise<string> {
  const res = (await getCloud().uploadFile({ cloudPath, fileContent: content })) as { fileID?: string };
  if (!res.fileID) throw new Error('uploadFile answered no fileID');
  return res.fileID;
}
