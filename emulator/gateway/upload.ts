/**
 * POST /upload: what `Taro.cloud.uploadFile({ cloudPath })` does in WeChat, for h5. The client first
 * asks `org.uploadSlot` for a cloud path (random, recorded as theirs), then sends the photo with that
 * path as the multipart field `cloudPath`, before the file. The photo is stored there only if the path
 * has a slot's shape, its extension is the picture's real type, and nothing is stored there yet (a
 * client may create a file, never overwrite one). EXIF (GPS) is stripped first (exif.ts).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { UPLOAD_PATH } from '@lx/types/upload';
import { stripMetadata } from './exif';

export interface UploadStorage {
  create(cloudPath: string, buf: Buffer): string;
  urlOf(fileID: string): string;
}

const refuse = (reply: FastifyReply, status: number, code: string, message: string) =>
  reply.code(status).send({ ok: false, code, message });

export function uploadRoute(
  storage: UploadStorage,
  identityOf: (req: FastifyRequest) => string,
  sniff: (buf: Buffer) => 'jpg' | 'png' | 'webp' | null,
) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    if (!identityOf(req)) return refuse(reply, 401, 'AUTH.NO_IDENTITY', '无法识别您的身份，请重新进入小程序');
    const part = await req.file().catch(() => undefined);
    if (!part) return refuse(reply, 400, 'COMMON.BAD_REQUEST', '请选择要上传的照片');
    let buf: Buffer;
    try {
      buf = await part.toBuffer();
    } catch {
      return refuse(reply, 413, 'FILE.TOO_LARGE', '照片不能超过 10MB');
    }
    const ext = sniff(buf);
    if (!ext) return refuse(reply, 415, 'FILE.BAD_TYPE', '只能上传 JPG、PNG 或 WEBP 格式的照片');
    const field = part.fields.cloudPath as { value?: unknown } | undefined;
    const cloudPath = typeof field?.value === 'string' ? field.value : '';
    if (!UPLOAD_PATH.test(cloudPath) || !cloudPath.endsWith(`.${ext}`)) {
      return refuse(reply, 400, 'COMMON.BAD_REQUEST', '上传地址无效，请重新选择照片');
    }
    let fileID: string;
    try {
      fileID = storage.create(cloudPath, stripMetadata(buf, ext));
    } catch {
      return refuse(reply, 409, 'COMMON.CONFLICT', '该照片已上传，请重新选择照片');
    }
    return { ok: true, data: { fileID, url: storage.urlOf(fileID) } };
  };
}
