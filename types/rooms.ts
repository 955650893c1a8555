/**
 * A building's rooms, as households are made of them: the org import and the building's edit page
 * (a 房号 list such as "101-106,201-206", or rooms generated from the building's 户数) and the seed
 * all ask these, so a room has one household id wherever it was made and a second import of the same
 * sheet lands on the same documents. Pure: no I/O.
 */

/** A building may list at most this many rooms (the largest towers have a few hundred). */
export const MAX_ROOMS = 2000;
/** A range "101-106" may span at most this many numbers (one floor's doors, or one unit's floors). */
const MAX_RANGE = 200;

/** "1单元302": units of two doors per floor, floors by the building's size (a 户数 with no 房号). */
export function generatedRooms(count: number): string[] {
  const floors = count <= 36 ? 6 : count <= 88 ? 11 : 18;
  const out: string[] = [];
  for (let u = 1; out.length < count; u++)
    for (let f = 1; f <= floors && out.length < count; f++)
      for (let d = 1; d <= 2 && out.length < count; d++) out.push(`${u}单元${f}0${d}`);
  return out;
}

/** FNV-1a, base 36: a short stable key for a room that is not plain letters and digits. */
function fnv(s: string): string {
  let h = 0x811c9dc5;
  for (const c of s) {
    h ^= c.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** The room's part of its household id: "1单元302" → "1-302", "302" → "302", anything else hashed. */
export function roomKey(room: string): string {
  const unit = /^(\d+)单元(\d+)$/.exec(room);
  if (unit) return `${unit[1]}-${unit[2]}`;
  return /^[A-Za-z0-9]+$/.test(room) ? room : `x${fnv(room)}`;
}

/** One household id per building and room: the import, the seed and a re-import agree on it. */
export const householdIdOf = (buildingId: string, room: string): string =>
  `hh-${buildingId.replace(/^bld-/, '')}-${roomKey(room)}`;

/** "1单元101-106": the prefix kept, the numbers counted with the first one's width. */
function expand(token: string): string[] | string {
  const m = /^(.*?)(\d+)\s*[-~～至]\s*(\d+)$/.exec(token);
  if (!m) return [token];
  const [, prefix, from, to] = m;
  const [a, b] = [Number(from), Number(to)];
  if (b < a) return `房号范围“${token}”有误：后一个数应不小于前一个`;
  if (b - a >= MAX_RANGE) return `房号范围“${token}”过大`;
  return Array.from({ length: b - a + 1 }, (_, i) => `${prefix}${String(a + i).padStart(from.length, '0')}`);
}

/**
 * A 房号 list: rooms and ranges separated by commas, 、, semicolons or spaces ("101-106,201-206",
 * "1单元101-1单元106" is not a range: write "1单元101-106"). '' means none given; a string is the reason
 * it is refused (in Chinese, for the import's row report and the edit page).
 */
export function parseRooms(text: string): string[] | undefined | string {
  const tokens = text
    .split(/[,，、;；\s]+/)
    .map((t) => t.trim())
    .filter(Boolean);
  if (!tokens.length) return undefined;
  const out: string[] = [];
  for (const t of tokens) {
    const rooms = expand(t);
    if (typeof rooms === 'string') return rooms;
    out.push(...rooms);
    if (out.length > MAX_ROOMS) return `房号不能超过 ${MAX_ROOMS} 个`;
  }
  const long = out.find((r) => r.length > 20);
  if (long) return `房号“${long}”不能超过 20 个字`;
  const seen = new Set<string>();
  for (const r of out) {
    if (seen.has(r)) return `房号“${r}”重复`;
    seen.add(r);
  }
  return out;
}
