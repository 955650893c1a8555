/**
 * 导出我的数据: 我的数据 as an .xlsx file (one row per stored value: 项目, 内容) through the stats
 * export's path (cloud storage, a temporary URL; the client's services/report.ts gets it onto the
 * phone or the desk). The path is unguessable: storage lets anyone holding the file ID read it.
 */
import { randomBytes } from 'node:crypto';
import writeXlsxFile from 'write-excel-file/node';
import { cstDay, type Payload, type ResultOf } from '@lx/types';
import type { ActionContext } from '../../shared/context';
import { storeFile, tempUrls } from '../../shared/files';
import { myDataOf } from '../mydata';

/** Every leaf of the data as a row: "tickets.0.description" → the text. */
export function flatten(value: unknown, at = '', out: [string, string][] = []): [string, string][] {
  if (value === null || value === undefined) return out;
  if (typeof value !== 'object') {
    out.push([at, String(value)]);
    return out;
  }
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i + 1), v] as const) : Object.entries(value);
  for (const [k, v] of entries) flatten(v, at ? `${at}.${k}` : k, out);
  return out;
}

export async function exportMyData(
  _: Payload<'org', 'exportMyData'>,
  ctx: ActionContext,
): Promise<ResultOf<'org', 'exportMyData'>> {
  const data = await myDataOf((await ctx.caller()).user);
  const rows = flatten(data).map(([k, v]) => [{ value: k }, { value: v }]);
  const sheet = [
    [
      { value: '项目', fontWeight: 'bold' as const },
      { value: '内容', fontWeight: 'bold' as const },
    ],
    ...rows,
  ];
  const buffer = await writeXlsxFile(sheet, { columns: [{ width: 36 }, { width: 60 }] }).toBuffer();
  const fileID = await storeFile(`mydata/${randomBytes(16).toString('hex')}.xlsx`, buffer);
  const url = (await tempUrls([fileID]))[fileID] ?? '';
  return { fileID, url, fileName: `我的数据-${cstDay(ctx.now)}.xlsx` };
}
