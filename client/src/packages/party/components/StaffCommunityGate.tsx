/**
 * The community a staff page works on: ?communityId= (&name=) when a page opens another, else the
 * community of the caller's 社区工作人员 role; street staff and admins, who run several, pick one from
 * the street's communities first (the party actions' `covers` rule lets them act below).
 */
import { type ReactNode, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { EmptyView, ErrorView, LoadingView } from '@/components/StateViews';
import { useMe } from '@/hooks/useMe';
import { useRemote } from '@/hooks/useRemote';
import { communities } from '../staffApi';

export interface StaffCommunity {
  id: string;
  name: string;
}

/** `?communityId=…&name=…` for a page opened from another with the same community. */
export const communityQuery = (c: StaffCommunity) =>
  `communityId=${encodeURIComponent(c.id)}&name=${encodeURIComponent(c.name)}`;

function Picker({ onPick }: { onPick: (c: StaffCommunity) => void }) {
  const list = useRemote(communities, []);
  if (list.loading) return <LoadingView />;
  if (list.error || !list.data) return <ErrorView error={list.error} onRetry={list.reload} />;
  if (list.data.length === 0) return <EmptyView text="没有可管理的社区" />;
  return (
    <View className="lx-page lx-page--list" role="list" aria-label="选择社区">
      <Text className="lx-section__title">选择社区</Text>
      {list.data.map((c) => (
        <View key={c.id} role="listitem" className="lx-entry" onClick={() => onPick({ id: c.id, name: c.name })}>
          <Text className="lx-entry__title lx-entry__body">{c.name}</Text>
          <Text className="lx-entry__arrow">›</Text>
        </View>
      ))}
    </View>
  );
}

export function StaffCommunityGate({ children }: { children: (c: StaffCommunity) => ReactNode }) {
  const { params } = useRouter();
  const { me, loading, error, reload } = useMe();
  const [picked, setPicked] = useState<StaffCommunity>();
  const fromUrl = params.communityId ? { id: params.communityId, name: decodeURIComponent(params.name ?? '') } : null;
  const own = me?.roles.find((r) => r.role === 'communityStaff');
  const chosen = picked ?? fromUrl ?? (own ? { id: own.orgId, name: own.orgName } : undefined);
  if (chosen) return <>{children(chosen)}</>;
  if (loading) return <LoadingView />;
  if (!me) return <ErrorView error={error} onRetry={() => void reload()} />;
  return <Picker onPick={setPicked} />;
}
