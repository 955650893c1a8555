/**
 * The report download: in h5 a link to the exported file under the report's name; in weapp the file
 * fetched from cloud storage by its ID and opened as a spreadsheet; a failure is a message to show.
 */
import Taro from '@tarojs/taro';
import { downloadInBrowser, downloadInWeChat, downloadReport, reportLink } from './report';

const file = {
  fileID: 'local://reports/s1/2026-11-ab.xlsx',
  url: '/files/reports/s1/2026-11-ab.xlsx',
  fileName: '九州路街道2026年11月月度通报.xlsx',
};

describe('downloadReport', () => {
  it('in h5 follows a link to the file, saved under the report’s name', async () => {
    const clicked: { href: string; download: string }[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.getAttribute('href') ?? '', download: this.download });
    });
    expect(downloadReport).toBe(downloadInBrowser);
    expect(await downloadReport(file)).toEqual({ ok: true });
    expect(clicked).toEqual([{ href: file.url, download: file.fileName }]);
    expect(document.querySelectorAll('a')).toHaveLength(0);
    expect(reportLink(file)).toEqual({ href: file.url, download: file.fileName });
    click.mockRestore();
  });

  it('in h5 without a URL says so', async () => {
    expect(await downloadInBrowser({ ...file, url: '' })).toEqual({ ok: false, message: '报表下载失败，请稍后重试' });
  });

  it('in weapp downloads by file ID and opens it as a spreadsheet', async () => {
    const cloud = Taro.cloud as unknown as { downloadFile: unknown };
    const saved = cloud.downloadFile;
    cloud.downloadFile = jest.fn().mockResolvedValue({ tempFilePath: 'wxfile://tmp/report.xlsx', statusCode: 200 });
    const open = jest.spyOn(Taro, 'openDocument').mockResolvedValue({ errMsg: 'openDocument:ok' } as never);
    expect(await downloadInWeChat(file)).toEqual({ ok: true });
    expect(cloud.downloadFile).toHaveBeenCalledWith({ fileID: file.fileID });
    expect(open).toHaveBeenCalledWith({ filePath: 'wxfile://tmp/report.xlsx', fileType: 'xlsx', showMenu: true });
    open.mockRejectedValue(new Error('fail'));
    expect(await downloadInWeChat(file)).toEqual({ ok: false, message: '无法打开报表，请在电脑上下载' });
    cloud.downloadFile = saved;
    open.mockRestore();
  });
});
