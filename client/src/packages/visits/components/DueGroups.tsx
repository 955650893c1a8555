/**
 * Due visits under 已逾期 / 今天 / 近期 (groupDue), each row with its room, its kind or progress, whose
 * it is (the community's list) and how late: 我的走访 and 网格走访 read the same.
 */
import { Text, View } from '@tarojs/components';
import { VISIT_SOURCE_LABELS, VISIT_STATUS_LABELS } from '@lx/types';
import type { DueItem } from '../api';
import { dueWords, groupDue } from '../dueView';

export interface DueRowProps<T extends DueItem> {
  item: T;
  now: number;
  /** the visitor's name (the community's list) */
  who?: (item: T) => string;
  onOpen: (item: T) => void;
}

function DueRow<T extends DueItem>({ item, now, who, onOpen }: DueRowProps<T>) {
  const v = item.visit;
  const late = item.bucket === 'overdue';
  const name = who?.(item);
  return (
    <View className="lx-entry lx-visit-due" hoverClass="lx-row--pressed" onClick={() => onOpen(item)}>
      <View className="lx-entry__body">
        <Text className="lx-entry__title">{v.room}</Text>
        <Text className="lx-entry__hint">
          {VISIT_SOURCE_LABELS[v.source]}
          {v.steps.length ? ` · 已做到第 ${v.steps.length} 步` : ` · ${VISIT_STATUS_LABELS[v.status]}`}
        </Text>
        {who ? <Text className="lx-visit-due__who">走访人：{name || '未留姓名'}</Text> : null}
      </View>
      <Text className={`lx-visit-due__when ${late ? 'lx-visit-due__when--late' : ''}`}>{dueWords(v.dueAt, now)}</Text>
    </View>
  );
}

export function DueGroups<T extends DueItem>({
  items,
  ...row
}: Omit<DueRowProps<T>, 'item'> & { items: readonly T[] }) {
  return (
    <>
      {groupDue(items, row.now).map((g) => (
        <View key={g.bucket} className="lx-section" role="group" aria-label={g.label}>
          <View className="lx-section__head">
            <Text className={`lx-section__title lx-visit-group--${g.bucket}`}>
              {g.label}（{g.items.length}）
            </Text>
          </View>
          {g.items.map((item) => (
            <DueRow key={item.visit._id} item={item} {...row} />
          ))}
        </View>
      ))}
    </>
  );
}
