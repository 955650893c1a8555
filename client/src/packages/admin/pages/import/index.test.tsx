import { screen } from '@testing-library/react';
import { callCloud } from '@/services/cloud';
import { flush, renderPage, tap } from '../../../../../jest/render';
import ImportPage from './index';

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }));
const call = callCloud as jest.Mock;

beforeEach(() => call.mockReset());

describe('导入组织架构', () => {
  it('starts with an empty box showing the sheet’s shape as a placeholder, and imports nothing from it', async () => {
    renderPage(ImportPage);
    await flush();
    const box = (await screen.findByLabelText('CSV 内容')) as HTMLTextAreaElement;
    expect(box.value).toBe('');
    expect(box.getAttribute('placeholder')).toMatch(/^类型,社区,名称/);
    tap(screen.getByText('导入'));
    await flush();
    expect(call).not.toHaveBeenCalled();
  });
});
