/**
 * 邀请工作人员: pick the place (street, community or grid) and the role, get a one-time code and a
 * mini-program code to show or send; below, the invitations made so far with their status.
 */
import { useEffect, useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  formatInviteCode,
  INVITATION_STATUS_LABELS,
  ROLE_LABELS,
  ROLE_SCOPE_TYPES,
  type InvitationView,
  type Role,
  type TreeNodeView,
} from '@lx/types';
import { ChipGroup } from '@/components/ChipGroup';
import { SubmitBar } from '@/components/Field';
import { withPageRoot } from '@/components/PageRoot';
import { EmptyView, ErrorView, LoadingView } from '@/components/StateViews';
import { useRemote } from '@/hooks/useRemote';
import { useRequestId } from '@/hooks/useRequestId';
import { callCloud } from '@/services/cloud';
import { formatDateTime } from '@/utils/format';
import { toast } from '@/utils/nav';
import { OrgPicker } from '../../components/OrgPicker';
import '../../admin.scss';

type GrantRole = Exclude<Role, 'resident'>;
const GRANT_ROLES = Object.keys(ROLE_SCOPE_TYPES) as GrantRole[];

function InvitePage() {
  const [node, setNode] = useState<TreeNodeView>();
  const [role, setRole] = useState<GrantRole>();
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<InvitationView>();
  const list = useRemote(() => callCloud('admin', 'invitations', {}), []);
  // one code per 生成 meant: a retry of it (no answer came) gets the same code, not a second one
  const intent = useRequestId();
  const roles = node ? GRANT_ROLES.filter((r) => (ROLE_SCOPE_TYPES[r] as readonly string[]).includes(node.type)) : [];
  useEffect(() => {
    if (role && !roles.includes(role)) setRole(undefined);
  }, [node?.id]);

  const create = async () => {
    if (!node || !role || busy) {
      toast(!node ? '请选择组织' : '请选择角色');
      return;
    }
    setBusy(true);
    const res = await callCloud('admin', 'invite', {
      role,
      orgId: node.id,
      requestId: intent.for(`${role}|${node.id}`),
    });
    setBusy(false);
    if (!res.ok) {
      toast(res.message);
      return;
    }
    intent.renew();
    setMade(res.data);
    void list.reload();
  };

  const revoke = async (code: string) => {
    const ok = await Taro.showModal({ title: '作废邀请码', content: '作废后该邀请码不能再使用，确定吗？' });
    if (!ok.confirm) return;
    const res = await callCloud('admin', 'revokeInvitation', { code });
    if (res.ok) void list.reload();
    else toast(res.message);
  };

  return (
    <View className="lx-page">
      {made ? (
        <View className="lx-invite" aria-label="新邀请码">
          <Text className="lx-invite__meta">
            {made.orgName} · {ROLE_LABELS[made.role]}
          </Text>
          <Text className="lx-invite__code">{formatInviteCode(made.code)}</Text>
          {made.qrUrl ? <Image className="lx-invite__qr" src={made.qrUrl} mode="scaleToFill" /> : null}
          <Text className="lx-invite__meta">
            请对方在“我的 → 输入邀请码”中输入，或用微信扫码；{formatDateTime(made.expiresAt)} 前有效，只能使用一次
          </Text>
        </View>
      ) : null}

      <View className="lx-form">
        <View className="lx-field">
          <Text className="lx-field__label">邀请到</Text>
          <Text className="lx-field__value">{node ? node.name : '请选择街道、社区或网格'}</Text>
          <OrgPicker types={['community', 'grid']} onChange={setNode} />
        </View>
        <View className="lx-field">
          <Text className="lx-field__label">角色</Text>
          {roles.length ? (
            <ChipGroup
              label="角色"
              options={roles.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
              value={role}
              onChange={setRole}
            />
          ) : (
            <Text className="lx-field__hint">先选择组织</Text>
          )}
        </View>
      </View>
      <SubmitBar label="生成邀请码" busy={busy} onSubmit={() => void create()} />

      <View className="lx-section">
        <Text className="lx-section__title">我发出的邀请</Text>
        {list.loading ? <LoadingView /> : null}
        {list.error ? <ErrorView error={list.error} onRetry={() => void list.reload()} /> : null}
        {list.data && !list.data.length ? <EmptyView text="还没有发出邀请" /> : null}
        {list.data?.length ? (
          <View className="lx-cells">
            {list.data.map((i) => (
              <View key={i.code} className="lx-cell">
                <View className="lx-profile__body">
                  <Text className="lx-cell__title">
                    {formatInviteCode(i.code)} · {ROLE_LABELS[i.role]}
                  </Text>
                  <Text className="lx-field__hint">
                    {i.orgName} · {INVITATION_STATUS_LABELS[i.status]}
                    {i.redeemedByName ? `（${i.redeemedByName}）` : ''}
                  </Text>
                </View>
                {i.status === 'open' ? (
                  <Text className="lx-link" onClick={() => void revoke(i.code)}>
                    作废
                  </Text>
                ) : null}
              </View>
            ))}
          </View>
        ) : null}
      </View>
    </View>
  );
}

export default withPageRoot(InvitePage);
