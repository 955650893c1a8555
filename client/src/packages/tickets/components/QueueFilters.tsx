/**
 * The queue's 搜索 and 筛选: a number or words (sent on 搜索 or the keyboard's search key), and chips
 * for the category, the source and (a grid worker's) the building. The server applies them (tickets.queue); the tab counts stay the
 * tabs' totals, so a filter never looks like work that went away.
 */
import { useState } from 'react';
import { View } from '@tarojs/components';
import { type CategoryOption, TICKET_SOURCE_LABELS, TICKET_SOURCES, type TicketSource } from '@lx/types';
import { ChipGroup } from '@/components/ChipGroup';
import { TextInput } from '@/components/TextField';
import './queue-filters.scss';

export interface QueueFilter {
  q?: string;
  categoryId?: string;
  source?: TicketSource;
  buildingId?: string;
}

const ALL = '';
const SOURCE_OPTIONS = [
  { value: ALL, label: '全部来源' },
  ...TICKET_SOURCES.map((s) => ({ value: s, label: TICKET_SOURCE_LABELS[s] })),
];

/** The payload fields for `f`: none at all when nothing is chosen (the plain queue's request). */
export const filterPayload = (f: QueueFilter): QueueFilter => ({
  ...(f.q ? { q: f.q } : {}),
  ...(f.categoryId ? { categoryId: f.categoryId } : {}),
  ...(f.source ? { source: f.source } : {}),
  ...(f.buildingId ? { buildingId: f.buildingId } : {}),
});

export function QueueFilters(props: {
  value: QueueFilter;
  onChange: (f: QueueFilter) => void;
  categories?: readonly CategoryOption[];
  /** the grid's buildings (hooks/useGridBuildings.ts); fewer than two: no chips */
  buildings?: readonly { id: string; name: string }[];
}) {
  const { value, onChange, categories, buildings } = props;
  const [text, setText] = useState(value.q ?? '');
  const search = () => onChange({ ...value, q: text.trim() || undefined });
  const categoryOptions = [
    { value: ALL, label: '全部类别' },
    ...(categories ?? []).map((c) => ({ value: c.id, label: c.name })),
  ];
  return (
    <View className="lx-queue-filters">
      <View className="lx-queue-search" role="search">
        <TextInput
          label="搜索工单"
          className="lx-queue-search__input"
          value={text}
          maxlength={40}
          confirmType="search"
          placeholder="编号或关键词，如：路灯"
          onInput={(e) => setText(e.detail.value)}
          onConfirm={search}
        />
        <View className="lx-queue-search__button" role="button" onClick={search}>
          搜索
        </View>
      </View>
      {categories?.length ? (
        <ChipGroup
          label="按类别筛选"
          className="lx-chips lx-scope"
          options={categoryOptions}
          value={value.categoryId ?? ALL}
          onChange={(id) => onChange({ ...value, categoryId: id || undefined })}
        />
      ) : null}
      {buildings && buildings.length > 1 ? (
        <ChipGroup
          label="按楼栋筛选"
          className="lx-chips lx-scope"
          options={[{ value: ALL, label: '全部楼栋' }, ...buildings.map((b) => ({ value: b.id, label: b.name }))]}
          value={value.buildingId ?? ALL}
          onChange={(id) => onChange({ ...value, buildingId: id || undefined })}
        />
      ) : null}
      <ChipGroup
        label="按来源筛选"
        className="lx-chips lx-scope"
        options={SOURCE_OPTIONS}
        value={value.source ?? ALL}
        onChange={(s) => onChange({ ...value, source: (s || undefined) as TicketSource | undefined })}
      />
    </View>
  );
}
