/**
 * Getting the monthly report (月度通报) the `stats.export` action wrote onto the phone or the desk.
 *
 * For the stats pages (ST3): from a tap, call `callCloud('stats', 'export', { orgId, period })` (a
 * creating action: give it a requestId per tap, hooks/useRequestId.ts), then `downloadReport(file)`
 * with its answer. In weapp it downloads the file and opens it in WeChat's document viewer (which
 * offers 转发 / 用其他应用打开 from its menu); in h5 it follows a link to the file with the report's
 * name, so the browser saves it. `reportLink(file)` gives that link's attributes for a page that would
 * rather render an `<a>` itself. Answers the message to toast when it did not work.
 */
import Taro from '@tarojs/taro';
import type { ReportFile } from '@lx/types';

export type ReportTarget = Pick<ReportFile, 'fileID' | 'url' | 'fileName'>;
export type DownloadOutcome = { ok: true } | { ok: false; message: string };

const FAILED = '报表下载失败，请稍后重试';

/**
 * weapp: by file ID through cloud storage (Taro.cloud.downloadFile needs no downloadFile domain on
 * the whitelist, which the temporary URL's host would), then Taro.openDocument on the saved copy.
 */
export async function downloadInWeChat(file: ReportTarget): Promise<DownloadOutcome> {
  try {
    const got = await Taro.cloud.downloadFile({ fileID: file.fileID });
    if (!got.tempFilePath) return { ok: false, message: FAILED };
    await Taro.openDocument({ filePath: got.tempFilePath, fileType: 'xlsx', showMenu: true });
    return { ok: true };
  } catch {
    return { ok: false, message: '无法打开报表，请在电脑上下载' };
  }
}

/** The h5 link to the file: the gateway's /files URL, saved under the report's name. */
export const reportLink = (file: ReportTarget): { href: string; download: string } => ({
  href: file.url,
  download: file.fileName,
});

/** h5: a link to the file, clicked for the user (the browser saves it under the report's name). */
export async function downloadInBrowser(file: ReportTarget): Promise<DownloadOutcome> {
  if (!file.url) return { ok: false, message: FAILED };
  const a = document.createElement('a');
  Object.assign(a, reportLink(file));
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  return { ok: true };
}

export const downloadReport: (file: ReportTarget) => Promise<DownloadOutcome> =
  process.env.TARO_ENV === 'weapp' ? downloadInWeChat : downloadInBrowser;
