/**
 * 组织架构: browse street → communities → grids / compounds → buildings; add and rename nodes where
 * the user may edit, 编辑 opens a node's details (户数, 连心卡 people, grid, 移动到…); see who holds roles at a node and revoke a role (the history is kept).
 */
import { useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { ORG_TYPE_LABELS, type TreeNodeView } from '@lx/types';
import { withPageRoot } from '@/components/PageRoot';
import { EmptyView, ErrorView, LoadingView } from '@/components/StateViews';
import { useRemote } from '@/hooks/useRemote';
import { callCloud } from '@/services/cloud';
import { adminNodeUrl, go, toast } from '@/utils/nav';
import { AddChild, StaffSection } from './TreeSections';
import '../../admin.scss';

async function rename(n: TreeNodeView): Promise<boolean> {
  const res = await Taro.showModal({
    title: `重命名${ORG_TYPE_LABELS[n.type]}`,
    editable: true,
    content: n.name,
  } as never);
  const next = (res as { content?: string }).content?.trim();
  if (!res.confirm || !next || next === n.name) return false;
  const saved = await callCloud('admin', 'saveNode', {
    id: n.id,
    type: n.type as 'grid',
    parentId: n.parentId!,
    name: next,
  });
  if (!saved.ok) toast(saved.message);
  return saved.ok;
}

/** One node's row: tap to go down, long-press to rename, 编辑 for its details. */
function NodeRow({
  n,
  canEdit,
  onEnter,
  onRenamed,
}: {
  n: TreeNodeView;
  canEdit: boolean;
  onEnter: () => void;
  onRenamed: () => void;
}) {
  return (
    <View
      className="lx-cell"
      hoverClass="lx-row--pressed"
      onClick={() => (n.hasChildren || n.type === 'grid' ? onEnter() : undefined)}
      onLongPress={() => (canEdit ? void rename(n).then((ok) => ok && onRenamed()) : undefined)}
    >
      <Text className="lx-cell__title">{n.name}</Text>
      <Text className="lx-cell__value">
        {ORG_TYPE_LABELS[n.type]}
        {n.households ? ` · ${n.households}户` : ''}
        {n.type === 'grid' && !n.hasBoundary ? ' · 未划边界' : ''}
      </Text>
      {canEdit ? (
        <Text
          className="lx-link lx-cell__edit"
          onClick={(e) => {
            e.stopPropagation();
            go(adminNodeUrl(n.id));
          }}
          aria-label={`编辑${n.name}`}
        >
          编辑
        </Text>
      ) : null}
      {n.type !== 'building' ? <Text className="lx-cell__arrow">›</Text> : null}
    </View>
  );
}

function TreePage() {
  const [trail, setTrail] = useState<TreeNodeView[]>([]);
  const parentId = trail[trail.length - 1]?.id;
  const level = useRemote(() => callCloud('admin', 'tree', parentId ? { parentId } : {}), [parentId]);
  // back from 编辑: the row shows the saved name and counts (the first show is the initial load)
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void level.reload();
    shown.current = true;
  });

  if (level.loading && !level.data) return <LoadingView />;
  if (level.error) return <ErrorView error={level.error} onRetry={() => void level.reload()} />;
  const here = level.data?.parent;
  const canEdit = !!level.data?.canEdit;
  const reload = () => void level.reload();
  return (
    <View className="lx-page">
      <View className="lx-crumbs">
        <View className="lx-crumbs__item" onClick={() => setTrail([])}>
          <Text>街道</Text>
        </View>
        {trail.map((n, i) => (
          <View key={n.id} className="lx-crumbs__item" onClick={() => setTrail(trail.slice(0, i + 1))}>
            <Text>{n.name}</Text>
          </View>
        ))}
      </View>

      <View className="lx-cells">
        {level.data?.children.length ? null : <EmptyView text="下面还没有组织" />}
        {(level.data?.children ?? []).map((n) => (
          <NodeRow key={n.id} n={n} canEdit={canEdit} onEnter={() => setTrail([...trail, n])} onRenamed={reload} />
        ))}
      </View>

      {here && canEdit ? <AddChild here={here} onAdded={reload} /> : null}
      {here ? <StaffSection here={here} /> : null}
      <View style={{ height: '24px' }} />
      <Button block fill="none" onClick={reload}>
        刷新
      </Button>
    </View>
  );
}

export default withPageRoot(TreePage);
