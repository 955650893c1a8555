/**
 * 我经手的: every ticket the staff member signed for, handled, escalated, assigned, dispatched or filed
 * on someone's behalf, wherever it is now, with its current state and time left (tickets.handled):
 * a ticket sent up a level no longer vanishes from its sender.
 */
import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { usePagedList } from '@/hooks/usePagedList';
import { useShowAgain } from '@/hooks/useShowAgain';
import { callCloud } from '@/services/cloud';
import { TicketList } from '../../components/TicketList';
import { useNow } from '../../hooks/useNow';
import '../../tickets.scss';
import { withPageRoot } from '@/components/PageRoot';

function HandledPage() {
  const now = useNow();
  const list = usePagedList((cursor) => callCloud('tickets', 'handled', { cursor }), []);
  usePullDownRefresh(() => {
    void list.refresh().finally(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => void list.loadMore());
  useShowAgain(() => void list.refresh());
  return (
    <View className="lx-page lx-page--list">
      <TicketList
        list={list}
        emptyText="还没有经手的工单"
        emptyHint="签收、上报、分派、办结或代居民上报过的工单会列在这里"
        showDue
        now={now}
      />
    </View>
  );
}

export default withPageRoot(HandledPage);
