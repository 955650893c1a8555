/**
 * Figures as a table for reading and for screen readers: Views with the ARIA table roles (WeChat has
 * no <table>), the name column first (after the 名次 of a ranking), the numbers aligned right.
 */
import { Text, View } from '@tarojs/components';
import type { Table } from './chartData';

function cellClass(i: number, nameAt: number): string {
  if (i < nameAt) return 'lx-ftable__cell lx-ftable__cell--rank';
  return i === nameAt ? 'lx-ftable__cell lx-ftable__cell--name' : 'lx-ftable__cell lx-ftable__cell--num';
}

/** `ranked`: the first column is the 名次 and the second names the row. */
export function FigureTable({ caption, table, ranked = false }: { caption: string; table: Table; ranked?: boolean }) {
  const nameAt = ranked ? 1 : 0;
  return (
    <View className="lx-ftable" role="table" aria-label={caption}>
      <View className="lx-ftable__row lx-ftable__row--head" role="row">
        {table.head.map((h, i) => (
          <View key={h} className={cellClass(i, nameAt)} role="columnheader">
            <Text>{h}</Text>
          </View>
        ))}
      </View>
      {table.rows.map((row) => (
        <View key={row.join('|')} className="lx-ftable__row" role="row">
          {row.map((cell, i) => (
            <View key={table.head[i]} className={cellClass(i, nameAt)} role={i === nameAt ? 'rowheader' : 'cell'}>
              <Text>{cell}</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
