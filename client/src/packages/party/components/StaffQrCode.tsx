/**
 * A QR code drawn with Views (qrcode-generator gives the matrix): no canvas, so it looks the same in
 * h5 and in WeChat, where a canvas needs a node query after mount and a redraw on every rotation.
 * Each row is drawn as runs of one colour, so a code of 29 × 29 modules is a few hundred Views,
 * not 841; widths are shares of the square, so it scales with the sheet's width.
 */
import { View } from '@tarojs/components';
import qrcode from 'qrcode-generator';

/** One row of the matrix as runs: [dark, length] from the left edge. */
export type QrRow = [boolean, number][];

/** The matrix of `text` (byte mode, level M: readable on a phone's screen a metre away) as runs. */
export function qrRows(text: string): { size: number; rows: QrRow[] } {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const size = qr.getModuleCount();
  const rows: QrRow[] = [];
  for (let r = 0; r < size; r++) {
    const row: QrRow = [];
    for (let c = 0; c < size; c++) {
      const dark = qr.isDark(r, c);
      const last = row[row.length - 1];
      if (last && last[0] === dark) last[1] += 1;
      else row.push([dark, 1]);
    }
    rows.push(row);
  }
  return { size, rows };
}

const pct = (n: number, size: number) => `${((n / size) * 100).toFixed(4)}%`;

export function StaffQrCode({ text, label }: { text: string; label: string }) {
  const { size, rows } = qrRows(text);
  return (
    <View className="lx-party-qr" role="img" aria-label={label} data-qr={text}>
      {rows.map((row, r) => (
        <View key={r} className="lx-party-qr__row">
          {row.map(([dark, n], i) => (
            <View
              key={i}
              className={dark ? 'lx-party-qr__dark' : 'lx-party-qr__light'}
              // a square module: padding in % is a share of the row's width, like the width
              style={{ width: pct(n, size), paddingBottom: pct(1, size) }}
            />
          ))}
        </View>
      ))}
    </View>
  );
}
