/** Below a level of the org tree: adding a child node, and the staff who hold roles at the node. */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ORG_TYPE_LABELS, ROLE_LABELS, type TreeNodeView } from '@lx/types';
import { Field } from '@/components/Field';
import { EmptyView, ErrorView } from '@/components/StateViews';
import { TextInput } from '@/components/TextField';
import { useMe } from '@/hooks/useMe';
import { useRemote } from '@/hooks/useRemote';
import { callCloud } from '@/services/cloud';
import { toast } from '@/utils/nav';

type ChildType = 'community' | 'grid' | 'compound' | 'building';
const CHILD_TYPES: Record<string, ChildType[]> = {
  street: ['community'],
  community: ['grid', 'compound'],
  compound: ['building'],
};

/** 在“…”下新增: a name and one button per type of child this node can have. */
export function AddChild({ here, onAdded }: { here: TreeNodeView; onAdded: () => void }) {
  const [name, setName] = useState('');
  const addable = CHILD_TYPES[here.type] ?? [];
  if (!addable.length) return null;

  const add = async (type: ChildType) => {
    const res = await callCloud('admin', 'saveNode', { type, parentId: here.id, name });
    if (!res.ok) return toast(res.message);
    setName('');
    toast(`已新增${ORG_TYPE_LABELS[type]}`);
    onAdded();
  };
  return (
    <View className="lx-form">
      <Field
        label={`在“${here.name}”下新增`}
        hint="点“编辑”修改户数、连心卡负责人等，长按一项可重命名；网格边界可用“导入组织架构”批量维护"
      >
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
      </Field>
    </View>
  );
}

type Staff = { userId: string; name: string; role: keyof typeof ROLE_LABELS; orgId: string };

/** Who holds roles at a street, community or grid, each with 撤销 (the history is kept). */
export function StaffSection({ here }: { here: TreeNodeView }) {
  const staff = useRemote(
    () => callCloud('admin', 'staff', { orgId: here.id }),
    [here.id],
    here.type !== 'compound' && here.type !== 'building',
  );
  const { me } = useMe();
  const revoke = async (s: Staff) => {
    // revoking one's own role can lock one out of this page: say so before it is confirmed
    const self = s.userId === me?.id;
    const ok = await Taro.showModal({
      title: '撤销角色',
      content: self
        ? `这是您本人。撤销后您将失去${ROLE_LABELS[s.role]}角色，可能无法再管理这里。确定撤销？`
        : `撤销${s.name}的${ROLE_LABELS[s.role]}角色？`,
    });
    if (!ok.confirm) return;
    const res = await callCloud('admin', 'revokeRole', {
      userId: s.userId,
      role: s.role as 'gridWorker',
      orgId: s.orgId,
    });
    if (res.ok) void staff.reload();
    else toast(res.message);
  };

  if (staff.error) return <ErrorView error={staff.error} onRetry={() => void staff.reload()} />;
  if (!staff.data) return null;
  return (
    <View className="lx-section">
      <Text className="lx-section__title">{here.name}的工作人员</Text>
      {staff.data.length === 0 ? <EmptyView text="暂无您可管理的角色" /> : null}
      <View className="lx-cells">
        {staff.data.map((s) => (
          <View key={`${s.userId}-${s.role}`} className="lx-cell">
            <Text className="lx-cell__title">{s.userId === me?.id ? `${s.name}（您本人）` : s.name}</Text>
            <Text className="lx-cell__value">{ROLE_LABELS[s.role]}</Text>
            <Text className="lx-link" onClick={() => void revoke(s)}>
              撤销
            </Text>
          </View>
        ))}
      </View>
    </View>
  );
}
