/**
 * 我的走访 (入户走访 and 结对帮扶 open it): the visitor's due visits, 已超期 first, then today's, then
 * the rest, paged; 结对帮扶 (?kind=pairing) asks the server for pairing visits only. A row opens the
 * step screen.
 */
import { useEffect } from 'react';
import Taro, { usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro';
import { withPageRoot } from '@/components/PageRoot';
import { PagedListView } from '@/components/PagedListView';
import { usePagedList } from '@/hooks/usePagedList';
import { useShowAgain } from '@/hooks/useShowAgain';
import { go, visitUrl } from '@/utils/nav';
import { dueVisits } from '../../api';
import { DueGroups } from '../../components/DueGroups';
import { dueKind } from '../../dueView';
import '../../visits.scss';

function DueVisitsPage() {
  const kind = dueKind(useRouter().params.kind);
  // the page config says 入户走访; a party member came here from 结对帮扶 and should read that
  useEffect(() => {
    if (kind === 'pairing') void Taro.setNavigationBarTitle({ title: '结对帮扶' });
  }, [kind]);
  const list = usePagedList((cursor) => dueVisits(cursor, kind), [kind]);
  usePullDownRefresh(() => void list.refresh().finally(() => Taro.stopPullDownRefresh()));
  useReachBottom(() => void list.loadMore());
  useShowAgain(() => void list.refresh());
  const now = Date.now();
  return (
    <PagedListView
      list={list}
      className="lx-page lx-page--list"
      emptyText="没有要走访的住户"
      emptyHint="结对和重点户到期时会出现在这里"
      rows={(items) => <DueGroups items={items} now={now} onOpen={(item) => go(visitUrl(item.visit._id))} />}
    />
  );
}

export default withPageRoot(DueVisitsPage);
