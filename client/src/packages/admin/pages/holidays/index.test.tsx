import { screen } from '@testing-library/react';
import { callCloud } from '@/services/cloud';
import { flush, renderPage } from '../../../../../jest/render';
import HolidaysPage from './index';

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }));
const call = callCloud as jest.Mock;
const WARNING = '尚未录入2028年的节假日安排：跨入2028年的工作日时限暂按周一至周五计算。';

beforeEach(() => call.mockReset());

describe('节假日', () => {
  it('shows the server’s warning that a year of the calendar is missing', async () => {
    call.mockResolvedValue({ ok: true, data: { holidays: ['2027-01-01'], workdays: [], warning: WARNING } });
    renderPage(HolidaysPage, {});
    await flush();
    expect(call).toHaveBeenCalledWith('admin', 'holidays', {});
    expect(screen.getByText(WARNING)).toBeTruthy();
    expect(screen.getByText('放假日期（1 天）')).toBeTruthy();
    expect(((await screen.findByLabelText('放假日期')) as HTMLTextAreaElement).value).toBe('2027-01-01');
  });

  it('shows no warning when this year and next are entered', async () => {
    call.mockResolvedValue({ ok: true, data: { holidays: ['2027-01-01', '2028-01-01'], workdays: [] } });
    renderPage(HolidaysPage, {});
    await flush();
    expect(screen.queryByText(/尚未录入/)).toBeNull();
    expect(screen.getByText('放假日期（2 天）')).toBeTruthy();
  });
});
