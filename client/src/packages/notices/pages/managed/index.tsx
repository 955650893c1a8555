/** 通知管理: the notices staff composed or that reach their part of the street, with read figures. */
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import type { ManagedNotice } from '@lx/types';
import { withPageRoot } from '@/components/PageRoot';
import { PagedListView } from '@/components/PagedListView';
import { type TagTone, ToneTag } from '@/components/StatusTag';
import { usePagedList } from '@/hooks/usePagedList';
import { useShowAgain } from '@/hooks/useShowAgain';
import { callCloud } from '@/services/cloud';
import { formatRelative } from '@/utils/format';
import { go, noticeUrl, PAGES } from '@/utils/nav';
import '../../notices.scss';

const STATE_TONE: Record<ManagedNotice['state'], TagTone> = {
  draft: 'muted',
  scheduled: 'warn',
  published: 'ok',
  expired: 'muted',
  withdrawn: 'muted',
};

function Row({ n }: { n: ManagedNotice }) {
  const open = () =>
    go(n.state === 'draft' ? noticeUrl(n.id) : `${PAGES.noticeFigures}?id=${encodeURIComponent(n.id)}`);
  return (
    <View className="lx-row" hoverClass="lx-row--pressed" onClick={open}>
      <View className="lx-row__main">
        <View className="lx-row__head">
          <Text className="lx-row__title">{n.title}</Text>
          <ToneTag tone={STATE_TONE[n.state]}>{n.stateLabel}</ToneTag>
        </View>
        <Text className="lx-row__meta">
          {n.categoryLabel} · {n.targetNames.join('、')}
        </Text>
        {n.state === 'draft' || n.state === 'scheduled' ? null : (
          <View className="lx-managed__figures">
            <Text className="lx-managed__share">已读 {n.share}%</Text>
            <Text className="lx-row__meta">
              {n.read}/{n.residents} 人 · 推送 {n.sent}
              {n.informed ? ` · 入户 ${n.informed} 户` : ''}
            </Text>
          </View>
        )}
        <Text className="lx-row__meta">
          {n.orgName} · {n.publishAt ? formatRelative(n.publishAt) : '未发布'}
        </Text>
      </View>
    </View>
  );
}

function ManagedNoticesPage() {
  const list = usePagedList((cursor) => callCloud('notices', 'managed', cursor ? { cursor } : {}), []);
  usePullDownRefresh(() => void list.refresh().finally(() => Taro.stopPullDownRefresh()));
  useReachBottom(() => void list.loadMore());
  useShowAgain(() => void list.refresh());

  const body = (
    <PagedListView list={list} emptyText="还没有通知" emptyHint="发布的通知和阅读情况会显示在这里">
      {(n) => <Row key={n.id} n={n} />}
    </PagedListView>
  );
  return (
    <View className="lx-page lx-page--list">
      {list.extra?.canCompose ? (
        <Button
          className="lx-big-button lx-managed__compose"
          type="primary"
          size="large"
          block
          onClick={() => go(PAGES.composeNotice)}
        >
          发布新通知
        </Button>
      ) : null}
      {body}
    </View>
  );
}

export default withPageRoot(ManagedNoticesPage);
