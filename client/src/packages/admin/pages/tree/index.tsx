/**
 * 组织架构: browse street → communities → grids / compounds → buildings; add and rename nodes where
 * the user may edit, 编辑 opens a node's details (户数, 连心卡 people, grid, 移动到…); see who holds roles at a node and revoke a role (the history is kept).
 */
import { useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { ORG_TYPE_LABELS, ROLE_LABELS, type TreeNodeView } from '@lx/types';
import { EmptyView, ErrorView, LoadingView } from '@/components/StateViews';
import { TextInput } from '@/components/TextField';
import { useRemote } from '@/hooks/useRemote';
import { callCloud } from '@/services/cloud';
import { adminNodeUrl, go, toast } from '@/utils/nav';
import '../../admin.scss';

const CHILD_TYPES: Record<string, ('community' | 'grid' | 'compound' | 'building')[]> = {
  street: ['community'],
  community: ['grid', 'compound'],
  compound: ['building'],
};

export default function TreePage() {
  const [trail, setTrail] = useState<TreeNodeView[]>([]);
  const parentId = trail[trail.length - 1]?.id;
  const level = useRemote(() => callCloud('admin', 'tree', parentId ? { parentId } : {}), [parentId]);
  const here = level.data?.parent;
  const staff = useRemote(
    () => callCloud('admin', 'staff', { orgId: here!.id }),
    [here?.id],
    !!here && here.type !== 'compound' && here.type !== 'building',
  );
  const [name, setName] = useState('');
  // back from 编辑: the row shows the saved name and counts (the first show is the initial load)
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void level.reload();
    shown.current = true;
  });

  const add = async (type: 'community' | 'grid' | 'compound' | 'building') => {
    if (!here) return;
    const res = await callCloud('admin', 'saveNode', { type, parentId: here.id, name });
    if (!res.ok) return toast(res.message);
    setName('');
    toast(`已新增${ORG_TYPE_LABELS[type]}`);
    void level.reload();
  };
  const rename = async (n: TreeNodeView) => {
    const res = await Taro.showModal({
      title: `重命名${ORG_TYPE_LABELS[n.type]}`,
      editable: true,
      content: n.name,
    } as never);
    const next = (res as { content?: string }).content?.trim();
    if (!res.confirm || !next || next === n.name) return;
    const saved = await callCloud('admin', 'saveNode', {
      id: n.id,
      type: n.type as 'grid',
      parentId: n.parentId!,
      name: next,
    });
    if (saved.ok) void level.reload();
    else toast(saved.message);
  };
  const revoke = async (s: { userId: string; name: string; role: keyof typeof ROLE_LABELS; orgId: string }) => {
    const ok = await Taro.showModal({ title: '撤销角色', content: `撤销${s.name}的${ROLE_LABELS[s.role]}角色？` });
    if (!ok.confirm) return;
    const res = await callCloud('admin', 'revokeRole', {
      userId: s.userId,
      role: s.role as 'gridWorker',
      orgId: s.orgId,
    });
    if (res.ok) void staff.reload();
    else toast(res.message);
  };

  if (level.loading && !level.data) return <LoadingView />;
  if (level.error) return <ErrorView message={level.error.message} onRetry={() => void level.reload()} />;
  const kids = level.data?.children ?? [];
  const addable = here ? (CHILD_TYPES[here.type] ?? []) : [];
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
        {kids.length === 0 ? <EmptyView text="下面还没有组织" /> : null}
        {kids.map((n) => (
          <View
            key={n.id}
            className="lx-cell"
            hoverClass="lx-row--pressed"
            onClick={() => (n.hasChildren || n.type === 'grid' ? setTrail([...trail, n]) : undefined)}
            onLongPress={() => (level.data?.canEdit ? void rename(n) : undefined)}
          >
            <Text className="lx-cell__title">{n.name}</Text>
            <Text className="lx-cell__value">
              {ORG_TYPE_LABELS[n.type]}
              {n.households ? ` · ${n.households}户` : ''}
              {n.type === 'grid' && !n.hasBoundary ? ' · 未划边界' : ''}
            </Text>
            {level.data?.canEdit ? (
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
        ))}
      </View>

      {level.data?.canEdit && addable.length ? (
        <View className="lx-form">
          <View className="lx-field">
            <Text className="lx-field__label">在“{here?.name}”下新增</Text>
            <TextInput
              label="新增名称"
              placeholder="名称"
              value={name}
              maxlength={30}
              onInput={(e) => setName(e.detail.value)}
            />
            <View className="lx-chips" style={{ marginTop: '16px' }}>
              {addable.map((t) => (
                <Text key={t} className="lx-chip" onClick={() => void add(t)}>
                  新增{ORG_TYPE_LABELS[t]}
                </Text>
              ))}
            </View>
            <Text className="lx-field__hint">
              点“编辑”修改户数、连心卡负责人等，长按一项可重命名；网格边界可用“导入组织架构”批量维护
            </Text>
          </View>
        </View>
      ) : null}

      {staff.data ? (
        <View className="lx-section">
          <Text className="lx-section__title">{here?.name}的工作人员</Text>
          {staff.data.length === 0 ? <EmptyView text="暂无您可管理的角色" /> : null}
          <View className="lx-cells">
            {staff.data.map((s) => (
              <View key={`${s.userId}-${s.role}`} className="lx-cell">
                <Text className="lx-cell__title">{s.name}</Text>
                <Text className="lx-cell__value">{ROLE_LABELS[s.role]}</Text>
                <Text className="lx-link" onClick={() => void revoke(s)}>
                  撤销
                </Text>
              </View>
            ))}
          </View>
        </View>
      ) : null}
      {staff.error ? <ErrorView message={staff.error.message} onRetry={() => void staff.reload()} /> : null}
      <View style={{ height: '24px' }} />
      <Button block fill="none" onClick={() => void level.reload()}>
        刷新
      </Button>
    </View>
  );
}
