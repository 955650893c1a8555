/**
 * Walks the org tree one level at a time (street → communities → grids …) through admin.tree and
 * reports the node the user stopped at. `types` limits which children are offered.
 */
import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { ORG_TYPE_LABELS, type OrgType, type TreeNodeView } from '@lx/types';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { useRemote } from '@/hooks/useRemote';
import { callCloud } from '@/services/cloud';

export function OrgPicker({ types, onChange }: { types: readonly OrgType[]; onChange: (node: TreeNodeView) => void }) {
  const [trail, setTrail] = useState<TreeNodeView[]>([]);
  const parentId = trail[trail.length - 1]?.id;
  const level = useRemote(() => callCloud('admin', 'tree', parentId ? { parentId } : {}), [parentId]);

  // the street itself is a place too (street staff, supervisors, admins are invited there)
  useEffect(() => {
    if (!trail.length && level.data?.parent) onChange(level.data.parent);
  }, [level.data?.parent?.id]);

  const enter = (n: TreeNodeView) => {
    setTrail((t) => [...t, n]);
    onChange(n);
  };
  const backTo = (i: number) => {
    const next = trail.slice(0, i);
    setTrail(next);
    const at = next[next.length - 1] ?? level.data?.parent;
    if (at) onChange(at);
  };
  const kids = (level.data?.children ?? []).filter((c) => types.includes(c.type));

  return (
    <View>
      <View className="lx-crumbs">
        <View className="lx-crumbs__item" onClick={() => backTo(0)}>
          <Text>{trail.length ? '街道' : (level.data?.parent?.name ?? '街道')}</Text>
        </View>
        {trail.map((n, i) => (
          <View key={n.id} className="lx-crumbs__item" onClick={() => backTo(i + 1)}>
            <Text>{n.name}</Text>
          </View>
        ))}
      </View>
      {level.loading ? <LoadingView /> : null}
      {level.error ? <ErrorView error={level.error} onRetry={() => void level.reload()} /> : null}
      {!level.loading && kids.length ? (
        <View className="lx-options">
          {kids.map((n) => (
            <View key={n.id} className="lx-option" hoverClass="lx-row--pressed" onClick={() => enter(n)}>
              <Text>{n.name}</Text>
              <Text className="lx-cell__value">{ORG_TYPE_LABELS[n.type]} ›</Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}
