/**
 * Which community a plan page keeps: the one in the address (?communityId=), else the community of
 * the caller's 社区工作人员 role; street staff and admins, who keep several, pick one first.
 */
import { type ReactNode, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { EmptyView, ErrorView, LoadingView } from '@/components/StateViews';
import { useMe } from '@/hooks/useMe';
import { useRemote } from '@/hooks/useRemote';
import { communities } from '../api';

export interface Community {
  id: string;
  name: string;
}

function CommunityPicker({ onPick }: { onPick: (c: Community) => void }) {
  const list = useRemote(communities, []);
  if (list.loading) return <LoadingView />;
  if (!list.data) return <ErrorView error={list.error} onRetry={() => void list.reload()} />;
  if (!list.data.length) return <EmptyView text="没有可管理的社区" />;
  return (
    <View className="lx-page lx-page--list">
      <View className="lx-section" role="list" aria-label="请选择社区">
        <View className="lx-section__head">
          <Text className="lx-section__title">请选择社区</Text>
        </View>
        {list.data.map((c) => (
          <View
            key={c.id}
            role="listitem"
            className="lx-entry"
            hoverClass="lx-row--pressed"
            onClick={() => onPick({ id: c.id, name: c.name })}
          >
            <View className="lx-entry__body">
              <Text className="lx-entry__title">{c.name}</Text>
            </View>
            <Text className="lx-entry__arrow">›</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

export function CommunityGate({ children }: { children: (c: Community) => ReactNode }) {
  const params = useRouter().params;
  // the community a street's staff picked here
  const [picked, onPick] = useState<Community>();
  const { me, loading, error, reload } = useMe();
  if (picked) return <>{children(picked)}</>;
  if (params.communityId) {
    return <>{children({ id: params.communityId, name: decodeURIComponent(params.name ?? '') })}</>;
  }
  if (loading) return <LoadingView />;
  if (!me) return <ErrorView error={error} onRetry={() => void reload()} />;
  const own = me.roles.find((r) => r.role === 'communityStaff');
  if (own) return <>{children({ id: own.orgId, name: own.orgName })}</>;
  return <CommunityPicker onPick={onPick} />;
}
