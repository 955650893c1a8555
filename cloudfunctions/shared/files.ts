/** File IDs → URLs the client can show (cloud:// in WeChat, local:// in the emulator). */
import { getCloud } from './cloud';

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
