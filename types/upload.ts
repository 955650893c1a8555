/**
 * Uploads: every photo a user stores is first given a cryptographically random cloud path by the
 * `org.uploadSlot` action, which records it with its owner (collection `uploads`), so an action that
 * takes file ids accepts only the caller's own uploads or files already on the record being edited.
 *
 * The record is keyed by the cloud path, not the file id: in WeChat a file id is
 * `cloud://<env>.<bucket>/<path>` and a function does not know the bucket part before the upload,
 * while the path is what it handed out. Locally a file id is `local://<path>`.
 */
export const UPLOAD_EXTS = ['jpg', 'png', 'webp'] as const;
export type UploadExt = (typeof UPLOAD_EXTS)[number];

/** uploads/<path>: who was given this cloud path, and when */
export interface Upload {
  _id: string;
  owner: string;
  createdAt: number;
}

/** A slot's path: `uploads/<yyyymm>/<32 hex chars>.<ext>` (the hex from a CSPRNG, 128 bits). */
export const UPLOAD_PATH = /^uploads\/\d{6}\/[0-9a-f]{32}\.(jpg|png|webp)$/;

export const uploadPath = (month: string, hex: string, ext: UploadExt): string => `uploads/${month}/${hex}.${ext}`;

/** The cloud path inside a file id (`cloud://env.bucket/<path>` or `local://<path>`), or null. */
export function pathOfFileId(fileId: string): string | null {
  const m = /^(?:local:\/\/|cloud:\/\/[^/]+\/)(.+)$/.exec(fileId);
  return m ? m[1] : null;
}
