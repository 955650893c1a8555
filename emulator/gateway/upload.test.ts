/**
 * The gateway's /upload: a photo goes to the upload slot's path the client names (and only there,
 * never over a stored file), and leaves its EXIF block (GPS) behind.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { LocalStorage } from '../storage';
import { createGateway, IDENTITY_COOKIE } from './server';

let app: FastifyInstance;
let dir: string;
let storage: LocalStorage;
let base = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lx-upload-'));
  storage = new LocalStorage(dir);
  app = await createGateway({
    functions: {},
    invoke: async () => ({ ok: true, data: null }),
    storage,
    storageDir: dir,
    outbox: { list: () => [] },
    identities: [],
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

const segment = (marker: number, payload: Buffer) => {
  const head = Buffer.alloc(4);
  head.writeUInt16BE(0xff00 | marker, 0);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
};
const GPS = Buffer.from('Exif\0\0MM\0*\0\0\0\x08GPSLatitude 31.2304N GPSLongitude 121.4737E', 'latin1');
/** SOI, JFIF APP0, an Exif APP1 with a GPS block, a quantization table, the scan and EOI */
const JPEG_WITH_GPS = Buffer.concat([
  Buffer.from([0xff, 0xd8]),
  segment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1')),
  segment(0xe1, GPS),
  segment(0xdb, Buffer.alloc(65, 1)),
  segment(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])),
  Buffer.from([0x12, 0x34, 0x56, 0xff, 0x00, 0x78]),
  Buffer.from([0xff, 0xd9]),
]);

function multipart(fields: Record<string, string>, file: Buffer) {
  const b = '----lxboundary';
  const parts = Object.entries(fields).map(
    ([k, v]) => `--${b}\r\ncontent-disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
  );
  const payload = Buffer.concat([
    Buffer.from(parts.join('')),
    Buffer.from(
      `--${b}\r\ncontent-disposition: form-data; name="file"; filename="a.jpg"\r\ncontent-type: image/jpeg\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${b}--\r\n`),
  ]);
  return {
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${b}`, cookie: `${IDENTITY_COOKIE}=u1` },
  };
}

/** over a real socket (fastify's inject does not load under jest) */
async function upload(cloudPath: string | undefined, file = JPEG_WITH_GPS) {
  const { payload, headers } = multipart(cloudPath ? { cloudPath } : {}, file);
  const res = await fetch(`${base}/upload`, { method: 'POST', headers, body: payload });
  const body: unknown = await res.json();
  return { statusCode: res.status, json: () => body };
}
const path = (n: number) => `uploads/202611/${n.toString(16).padStart(32, '0')}.jpg`;

it('stores the photo at the slot’s path, without its EXIF block (GPS)', async () => {
  const res = await upload(path(1));
  expect(res.json()).toMatchObject({ ok: true, data: { fileID: `local://${path(1)}` } });
  const stored = readFileSync(storage.pathOf(`local://${path(1)}`)!);
  expect(stored.includes(Buffer.from('GPSLatitude'))).toBe(false);
  expect(stored.includes(Buffer.from('Exif'))).toBe(false);
  expect(stored.includes(Buffer.from([0xff, 0xe1]))).toBe(false);
  // everything else is the same picture: the JFIF header, the tables and the scan, byte for byte
  expect(stored.length).toBe(JPEG_WITH_GPS.length - (GPS.length + 4));
  expect(stored.subarray(-8)).toEqual(JPEG_WITH_GPS.subarray(-8));
});

it('refuses a path that is no upload slot’s, and never overwrites a stored file', async () => {
  for (const bad of [undefined, 'tickets/202611/a.jpg', '../etc/passwd', path(2).replace('.jpg', '.png')]) {
    const res = await upload(bad);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ ok: false, code: 'COMMON.BAD_REQUEST' });
  }
  expect((await upload(path(3))).json()).toMatchObject({ ok: true });
  const again = await upload(path(3));
  expect(again.statusCode).toBe(409);
  expect(again.json()).toMatchObject({ ok: false });
});
