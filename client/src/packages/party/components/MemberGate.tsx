/**
 * The community a party member acts at: the one their partyMember grant names (approval grants it
 * there, types/api/party-members.ts `holds`). Someone without the grant is sent to 党员报到 instead
 * of to a page that would answer 您尚未向该社区报到.
 */
import type { ReactNode } from 'react';
import { Button } from '@nutui/nutui-react-taro';
import { EmptyView, ErrorView, LoadingView } from '@/components/StateViews';
import { useMe } from '@/hooks/useMe';
import { go, PAGES } from '@/utils/nav';

export interface MemberCommunity {
  id: string;
  name: string;
}

export function MemberGate({ children }: { children: (c: MemberCommunity) => ReactNode }) {
  const { me, loading, error, reload } = useMe();
  if (loading) return <LoadingView />;
  if (!me) return <ErrorView error={error} onRetry={() => void reload()} />;
  const grant = me.roles.find((r) => r.role === 'partyMember');
  if (!grant) {
    return (
      <EmptyView text="向社区报到、审核通过后就能使用" hint="报到后可以认岗、参加志愿活动、认领微心愿">
        <Button type="primary" size="large" onClick={() => go(PAGES.partyRegister)}>
          去报到
        </Button>
      </EmptyView>
    );
  }
  return <>{children({ id: grant.orgId, name: grant.orgName })}</>;
}
