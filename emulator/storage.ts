/**
 * Cloud storage in a local folder. A file uploaded to cloudPath `a/b.jpg` lives at
 * `<storageDir>/a/b.jpg`, its fileID is `local://a/b.jpg` (production IDs are `cloud://env.bucket/…`;
 * code must treat them as opaque either way) and its temporary URL is `/files/a/b.jpg`, the prefix the
 * gateway serves the folder under.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';

export const FILE_ID_PREFIX = 'local://';
export const URL_PREFIX = '/files/';
/** wx-server-sdk's numeric code for a missing file (STORAGE_FILE_NONEXIST). */
export const STORAGE_FILE_NONEXIST = -503003;

export type FileContent = Buffer | Uint8Array | string | Readable;

export class StorageError extends Error {
  constructor(
    readonly errCode: number,
    readonly errMsg: string,
  ) {
    super(`errCode: ${errCode} | errMsg: ${errMsg}`);
  }
}

async function toBuffer(content: FileContent): Promise<Buffer> {
  if (Buffer.isBuffer(content)) return content;
  if (content instanceof Uint8Array) return Buffer.from(content);
  if (typeof content === 'string') return Buffer.from(content);
  const chunks: Buffer[] = [];
  for await (const chunk of content) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

export class LocalStorage {
  readonly root: string;

  constructor(storageDir: string) {
    this.root = resolve(storageDir);
    mkdirSync(this.root, { recursive: true });
  }

  /** A cloudPath made relative and kept inside the folder ('..' and absolute paths are refused). */
  private relative(cloudPath: string): string {
    const rel = normalize(cloudPath.replace(/\\/g, '/').replace(/^\/+/, '')).split(sep).join('/');
    if (!rel || rel === '.' || rel.startsWith('../') || rel === '..' || rel.includes('/../')) {
      throw new StorageError(-501007, `invalid cloudPath: ${cloudPath}`);
    }
    return rel;
  }

  private relOfFileId(fileID: string): string | null {
    if (typeof fileID !== 'string' || !fileID.startsWith(FILE_ID_PREFIX)) return null;
    try {
      return this.relative(fileID.slice(FILE_ID_PREFIX.length));
    } catch {
      return null;
    }
  }

  writeSync(cloudPath: string, buf: Buffer): string {
    const rel = this.relative(cloudPath);
    const abs = join(this.root, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, buf);
    return FILE_ID_PREFIX + rel;
  }

  /**
   * Stores bytes at a path that holds nothing yet (an upload slot's path): a client may create a file,
   * never overwrite one, as WeChat's default storage rule (仅创建者可读写) has it.
   */
  create(cloudPath: string, buf: Buffer): string {
    const rel = this.relative(cloudPath);
    if (existsSync(join(this.root, rel))) throw new StorageError(-501001, `file exists: ${rel}`);
    return this.writeSync(rel, buf);
  }

  /** Stores bytes under a fresh name (tests, the seed); answers the fileID. */
  put(buf: Buffer, opts: { ext: string }): string {
    const ext = opts.ext.replace(/^\./, '').replace(/[^A-Za-z0-9]/g, '') || 'bin';
    const day = new Date().toISOString().slice(0, 10).replace(/-/g, '');
    return this.writeSync(`uploads/${day}/${randomBytes(12).toString('hex')}.${ext}`, buf);
  }

  /** Absolute path of an existing file, or null for unknown/foreign fileIDs. */
  pathOf(fileID: string): string | null {
    const rel = this.relOfFileId(fileID);
    if (rel === null) return null;
    const abs = join(this.root, rel);
    return existsSync(abs) && statSync(abs).isFile() ? abs : null;
  }

  urlOf(fileID: string): string {
    const rel = this.relOfFileId(fileID);
    if (rel === null) throw new StorageError(STORAGE_FILE_NONEXIST, `not a local fileID: ${fileID}`);
    return URL_PREFIX + rel.split('/').map(encodeURIComponent).join('/');
  }

  // ---- the wx-server-sdk API shapes (storage api wrappers in wx-server-sdk/index.js)

  async uploadFile(opts: {
    cloudPath: string;
    fileContent: FileContent;
  }): Promise<{ fileID: string; statusCode: number; errMsg: string }> {
    if (!opts || typeof opts.cloudPath !== 'string')
      throw new StorageError(-1, 'uploadFile:fail cloudPath must be a string');
    if (!opts.fileContent)
      throw new StorageError(-1, 'uploadFile:fail Type of fileContent must be fs.ReadStream instead of undefined');
    const fileID = this.writeSync(opts.cloudPath, await toBuffer(opts.fileContent));
    return { fileID, statusCode: 200, errMsg: 'uploadFile:ok' };
  }

  async getTempFileURL(opts: { fileList: Array<string | { fileID: string; maxAge?: number }> }) {
    const fileList = (opts?.fileList ?? []).map((item) => {
      const fileID = typeof item === 'string' ? item : item.fileID;
      const maxAge = typeof item === 'string' ? 86400 : (item.maxAge ?? 86400);
      if (this.pathOf(fileID) === null) {
        return { fileID, status: STORAGE_FILE_NONEXIST, errMsg: 'storage file not exists', maxAge, tempFileURL: '' };
      }
      return { fileID, status: 0, errMsg: 'ok', maxAge, tempFileURL: this.urlOf(fileID) };
    });
    return { fileList, errMsg: 'getTempFileURL:ok' };
  }

  async downloadFile(opts: { fileID: string }): Promise<{ fileContent: Buffer; statusCode: number; errMsg: string }> {
    const abs = this.pathOf(opts?.fileID);
    if (abs === null)
      throw new StorageError(STORAGE_FILE_NONEXIST, `downloadFile:fail storage file not exists: ${opts?.fileID}`);
    return { fileContent: readFileSync(abs), statusCode: 200, errMsg: 'downloadFile:ok' };
  }

  async deleteFile(opts: { fileList: string[] }) {
    const fileList = (opts?.fileList ?? []).map((fileID) => {
      const abs = this.pathOf(fileID);
      if (abs === null) return { fileID, status: STORAGE_FILE_NONEXIST, errMsg: 'storage file not exists' };
      unlinkSync(abs);
      return { fileID, status: 0, errMsg: 'ok' };
    });
    return { fileList, errMsg: 'deleteFile:ok' };
  }
}
