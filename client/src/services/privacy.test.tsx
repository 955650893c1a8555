/**
 * The privacy gate: nothing protected is called before she agrees; the sheet asks once, remembers a
 * yes, and a no stops the call (and is asked again next time).
 */
import { screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { PrivacySheet } from '@/components/PrivacySheet';
import { usePhotos } from '@/hooks/usePhotos';
import { PhotoPicker } from '@/components/PhotoPicker';
import { ensurePrivacy, privacyAgreed, resetPrivacyForTests } from './privacy';
import { flush, renderInPage, tap } from '../../jest/render';

let n = 0;
function Picker() {
  const photos = usePhotos(async () => ({ ok: true, data: { fileID: `f${++n}`, url: `blob:${n}` } }));
  return <PhotoPicker photos={photos} />;
}

beforeEach(() => {
  Taro.clearStorageSync();
  resetPrivacyForTests();
  jest.restoreAllMocks();
});

describe('ensurePrivacy', () => {
  it('shows the sheet before the album opens, and opens it only after 同意', async () => {
    const choose = jest.spyOn(Taro, 'chooseImage').mockResolvedValue({ tempFilePaths: ['p1'] } as never);
    renderInPage(
      <>
        <Picker />
        <PrivacySheet />
      </>,
    );
    tap(screen.getByText('添加照片'));
    await flush();
    expect(screen.getByRole('dialog', { name: '隐私保护提示' }).textContent).toContain('照片');
    expect(screen.getByText('查看《隐私政策》')).toBeTruthy();
    expect(choose).not.toHaveBeenCalled();
    tap(screen.getByText('同意并继续'));
    await flush();
    expect(choose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(privacyAgreed()).toBe(true);
    // remembered: the next tap goes straight to the album
    tap(screen.getByText('添加照片'));
    await flush();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(choose).toHaveBeenCalledTimes(2);
  });

  it('不同意: the album never opens and she is asked again next time', async () => {
    const choose = jest.spyOn(Taro, 'chooseImage').mockResolvedValue({ tempFilePaths: ['p1'] } as never);
    renderInPage(
      <>
        <Picker />
        <PrivacySheet />
      </>,
    );
    tap(screen.getByText('添加照片'));
    await flush();
    tap(screen.getByText('不同意'));
    await flush();
    expect(choose).not.toHaveBeenCalled();
    expect(privacyAgreed()).toBe(false);
    tap(screen.getByText('添加照片'));
    await flush();
    expect(screen.getByRole('dialog', { name: '隐私保护提示' })).toBeTruthy();
  });

  it('two calls at once share one question', async () => {
    renderInPage(<PrivacySheet />);
    const a = ensurePrivacy('location');
    const b = ensurePrivacy('album');
    await flush();
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    tap(screen.getByText('同意并继续'));
    await expect(Promise.all([a, b])).resolves.toEqual([true, true]);
  });

  it('with no sheet mounted it still asks (WeChat’s modal), never calls through silently', async () => {
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true } as never);
    await expect(ensurePrivacy('location')).resolves.toBe(false);
    expect(modal).toHaveBeenCalledTimes(1);
  });
});
