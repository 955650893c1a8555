/**
 * Where a node sits: a building's grid (org.grids of its community, or 未划分网格), a grid's boundary
 * (kept by the import), and 移动到… another community or compound through saveNode's move.
 */
import { Text, View } from '@tarojs/components';
import { asOptions, ChipGroup } from '@/components/ChipGroup';
import { Field } from '@/components/Field';
import { ErrorView } from '@/components/StateViews';
import { useRemote } from '@/hooks/useRemote';
import { callCloud } from '@/services/cloud';
import type { EditableType, EditNode, SetField } from './nodeForm';

const MOVE_HINT: Record<EditableType, string> = {
  community: '',
  grid: '只有没有楼栋、没有未办结诉求的网格才能移到其他社区',
  compound: '保存后小区及其楼栋一并移动；移到其他社区的楼栋需重新划分网格',
  building: '保存后楼栋移到所选小区',
};

/** Where the node may move: a grid or compound between communities, a building between its community's compounds. */
function useTargets(node: EditNode) {
  const isBuilding = node.type === 'building';
  const parents = useRemote(
    () => callCloud('admin', 'tree', isBuilding ? { parentId: node.communityId! } : {}),
    [node.id],
    !isBuilding || !!node.communityId,
  );
  const want = isBuilding ? 'compound' : 'community';
  const parentOptions = (parents.data?.children ?? []).filter((c) => c.type === want);
  return { parents, parentOptions };
}

export function MoveSection({ node, parentId, set }: { node: EditNode; parentId: string; set: SetField }) {
  const { parents, parentOptions } = useTargets(node);
  return (
    <View className="lx-section">
      <Text className="lx-section__title">移动到…</Text>
      {parents.error ? <ErrorView error={parents.error} onRetry={() => void parents.reload()} /> : null}
      {parents.loading && !parents.data ? <Text className="lx-admin-hint">正在加载…</Text> : null}
      {parents.data ? (
        <View className="lx-form lx-form--pad">
          <ChipGroup
            label="移动到"
            options={asOptions(parentOptions)}
            value={parentId}
            onChange={(v) => set('parentId', v)}
          />
          {parentId !== node.parentId ? <Text className="lx-field__hint">{MOVE_HINT[node.type]}</Text> : null}
        </View>
      ) : null}
    </View>
  );
}

export function GridField({
  node,
  gridId,
  error,
  set,
}: {
  node: EditNode;
  gridId: string;
  error?: string;
  set: SetField;
}) {
  // a building's grids: those of its own community
  const grids = useRemote(
    () => callCloud('org', 'grids', { communityId: node.communityId! }),
    [node.communityId],
    !!node.communityId,
  );
  return (
    <Field label="所属网格" error={error}>
      {grids.error ? <ErrorView error={grids.error} onRetry={() => void grids.reload()} /> : null}
      {grids.data ? (
        <ChipGroup
          label="所属网格"
          value={gridId}
          onChange={(v) => set('gridId', v)}
          options={[...asOptions(grids.data), { value: '', label: '未划分网格' }]}
        />
      ) : null}
      {grids.loading && !grids.data ? <Text className="lx-field__hint">正在加载网格…</Text> : null}
    </Field>
  );
}

export function BoundaryField({ points }: { points: number }) {
  return (
    <Field label="边界" hint="边界请在“导入组织架构”中用表格维护">
      <Text className="lx-field__value">{points ? `已设置 ${points} 个点` : '未设置'}</Text>
    </Field>
  );
}
