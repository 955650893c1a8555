/**
 * Metadata out of an uploaded photo before it is stored, as the mini-program does by re-encoding
 * through Taro.compressImage: a phone's camera writes the GPS position (and the device, the time)
 * into the picture, and a photo of a broken streetlight must not tell where its reporter lives.
 *
 * JPEG: the APP1 (Exif, XMP), APP13 (IPTC) and COM segments go; the image data is copied untouched
 * (from the start-of-scan marker on). PNG: the eXIf chunk goes. A file that does not parse as its
 * type is answered unchanged (the type check before refuses what is not an image at all).
 */
const DROP_JPEG = new Set([0xe1, 0xed, 0xfe]);

export function stripJpegMetadata(buf: Buffer): Buffer {
  if (buf.length < 4 || buf[0] !== 0xff || buf[1] !== 0xd8) return buf;
  const kept: Buffer[] = [buf.subarray(0, 2)];
  let i = 2;
  while (i + 4 <= buf.length && buf[i] === 0xff) {
    const marker = buf[i + 1];
    // start of scan: the entropy-coded data (and EOI) follow; nothing more to look at
    if (marker === 0xda) break;
    const end = i + 2 + buf.readUInt16BE(i + 2);
    if (end > buf.length) return buf;
    if (!DROP_JPEG.has(marker)) kept.push(buf.subarray(i, end));
    i = end;
  }
  kept.push(buf.subarray(i));
  return Buffer.concat(kept);
}

export function stripPngMetadata(buf: Buffer): Buffer {
  const kept: Buffer[] = [buf.subarray(0, 8)];
  let i = 8;
  while (i + 12 <= buf.length) {
    const end = i + 12 + buf.readUInt32BE(i);
    if (end > buf.length) return buf;
    if (buf.toString('latin1', i + 4, i + 8) !== 'eXIf') kept.push(buf.subarray(i, end));
    i = end;
  }
  kept.push(buf.subarray(i));
  return Buffer.concat(kept);
}

export function stripMetadata(buf: Buffer, type: 'jpg' | 'png' | 'webp'): Buffer {
  if (type === 'jpg') return stripJpegMetadata(buf);
  if (type === 'png') return stripPngMetadata(buf);
  return buf;
}
