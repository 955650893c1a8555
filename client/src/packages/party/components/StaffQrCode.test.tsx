import qrcode from 'qrcode-generator';
import { render } from '@testing-library/react';
import { qrRows, StaffQrCode } from './StaffQrCode';

const TEXT = 'lxparty:checkin:a1:123456';

describe('StaffQrCode', () => {
  it('draws every module of the matrix, dark where the code is dark, row by row', () => {
    const qr = qrcode(0, 'M');
    qr.addData(TEXT);
    qr.make();
    const { size, rows } = qrRows(TEXT);
    expect(size).toBe(qr.getModuleCount());
    rows.forEach((row, r) => {
      const cells = row.flatMap(([dark, n]) => Array<boolean>(n).fill(dark));
      expect(cells).toEqual(Array.from({ length: size }, (_, c) => qr.isDark(r, c)));
      // runs alternate: two of the same colour side by side would be one run
      row.slice(1).forEach(([dark], i) => expect(dark).not.toBe(row[i][0]));
    });
  });

  it('renders one row per module row, widths adding up to the whole square', () => {
    const { container } = render(<StaffQrCode text={TEXT} label="签到二维码" />);
    const { size } = qrRows(TEXT);
    const drawn = container.querySelectorAll('.lx-party-qr__row');
    expect(drawn).toHaveLength(size);
    const widths = Array.from(drawn[0].children, (c) => parseFloat((c as HTMLElement).style.width));
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 2);
    expect(container.querySelector('[aria-label="签到二维码"]')?.getAttribute('data-qr')).toBe(TEXT);
  });
});
