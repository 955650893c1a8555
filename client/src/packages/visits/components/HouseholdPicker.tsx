/** A grid's households as a paged list to pick one from (新增结对); the chosen one stays on top. */
import { Text, View } from '@tarojs/components';
import type { HouseholdView } from '@lx/types';
import { PagedListView } from '@/components/PagedListView';
import { usePagedList } from '@/hooks/usePagedList';
import { householdsOf } from '../api';

const label = (h: HouseholdView) => `${h.buildingName} ${h.room}`;

export function HouseholdPicker({
  gridId,
  value,
  onChange,
}: {
  gridId: string;
  value: HouseholdView | undefined;
  onChange: (h: HouseholdView | undefined) => void;
}) {
  const list = usePagedList((cursor) => householdsOf(gridId, cursor), [gridId]);
  if (value) {
    return (
      <View className="lx-entry lx-visit-picked" role="radio" aria-checked>
        <View className="lx-entry__body">
          <Text className="lx-entry__title">{label(value)}</Text>
          {value.tags.length ? <Text className="lx-entry__hint">{value.tags.join('、')}</Text> : null}
        </View>
        <View role="button" className="lx-visit-pairing__link" onClick={() => onChange(undefined)}>
          换一户
        </View>
      </View>
    );
  }
  return (
    <View role="radiogroup" aria-label="住户">
      <PagedListView list={list} emptyText="这个网格还没有住户" emptyHint="住户来自楼栋导入，或由网格员上门时登记">
        {(h) => (
          <View
            key={h.id}
            role="radio"
            aria-checked={false}
            className="lx-entry"
            hoverClass="lx-row--pressed"
            onClick={() => onChange(h)}
          >
            <View className="lx-entry__body">
              <Text className="lx-entry__title">{label(h)}</Text>
              <Text className="lx-entry__hint">
                {[...h.tags, h.paired ? '已有结对' : ''].filter(Boolean).join('、') || '无标签'}
              </Text>
            </View>
          </View>
        )}
      </PagedListView>
    </View>
  );
}
