/**
 * 通知: the notices for the resident's home, pinned first, unread marked; a tap on 开启通知提醒 asks
 * WeChat for consent to the notice message. Staff find their notices and compose from here.
 */
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { withPageRoot } from '@/components/PageRoot';
import { PagedListView } from '@/components/PagedListView';
import { NoticeRow } from '@/components/NoticeRow';
import { hasRole, useMe } from '@/hooks/useMe';
import { refreshNoticeBadge } from '@/hooks/useNoticeUnread';
import { usePagedList } from '@/hooks/usePagedList';
import { useShowAgain } from '@/hooks/useShowAgain';
import { callCloud } from '@/services/cloud';
import { askSubscription } from '@/services/subscribe';
import { go, noticeUrl, PAGES, toast } from '@/utils/nav';

const STAFF = ['gridWorker', 'communityStaff', 'streetStaff', 'supervisor', 'admin'] as const;

function Notices() {
  const { me } = useMe();
  const list = usePagedList((cursor) => callCloud('notices', 'list', cursor ? { cursor } : {}), []);
  const staff = STAFF.some((r) => hasRole(me, r));
  usePullDownRefresh(() => {
    void Promise.all([list.refresh(), refreshNoticeBadge()]).finally(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => void list.loadMore());
  // back from a detail page: its read mark shows here and on the badge
  useShowAgain(() => {
    void list.refresh();
    void refreshNoticeBadge();
  });

  const subscribe = async () => {
    const accepted = await askSubscription(['notice']);
    toast(accepted.length ? '已开启，有新通知时会提醒您' : '未开启提醒，可随时再点开启');
  };

  const now = Date.now();
  const body = (
    <PagedListView list={list} emptyText="暂无通知" emptyHint="社区和街道发布的通知公告会显示在这里">
      {(n) => <NoticeRow key={n.id} notice={n} now={now} onClick={() => go(noticeUrl(n.id))} />}
    </PagedListView>
  );

  return (
    <View className="lx-page lx-page--list">
      {staff ? (
        <View className="lx-entry" hoverClass="lx-row--pressed" onClick={() => go(PAGES.managedNotices)}>
          <View className="lx-entry__icon">管</View>
          <View className="lx-entry__body">
            <Text className="lx-entry__title">通知管理</Text>
            <Text className="lx-entry__hint">发布通知、查看阅读情况和入户告知清单</Text>
          </View>
          <Text className="lx-entry__arrow">›</Text>
        </View>
      ) : null}
      <View className="lx-subscribe">
        <Text className="lx-subscribe__text">有新通知时用微信提醒我</Text>
        <Button size="small" type="primary" fill="outline" onClick={() => void subscribe()}>
          开启通知提醒
        </Button>
      </View>
      {body}
    </View>
  );
}

export default withPageRoot(Notices);
