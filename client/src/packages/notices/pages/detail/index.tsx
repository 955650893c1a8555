/**
 * 通知详情. Opening it marks the notice read (the server records it once); the tab badge follows.
 * Staff who can manage it also see its state and the way to its read figures or back to editing.
 */
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { withPageRoot } from '@/components/PageRoot';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { refreshNoticeBadge } from '@/hooks/useNoticeUnread';
import { useRemote } from '@/hooks/useRemote';
import { callCloud } from '@/services/cloud';
import { go, PAGES } from '@/utils/nav';
import { NoticeBody } from '../../components/NoticeBody';
import '../../notices.scss';

function NoticeDetailPage() {
  const id = useRouter().params.id ?? '';
  const remote = useRemote(async () => {
    const res = await callCloud('notices', 'detail', { id });
    if (res.ok) void refreshNoticeBadge();
    return res;
  }, [id]);

  if (remote.loading && !remote.data) return <LoadingView />;
  if (remote.error || !remote.data) return <ErrorView error={remote.error} onRetry={() => void remote.reload()} />;
  const n = remote.data;
  const staff = !!n.targets;
  return (
    <View className="lx-page">
      {staff ? (
        <View className="lx-card lx-notice-staff">
          <Text className="lx-card__text">
            状态：{n.stateLabel} · 范围：{n.targetNames?.join('、')}
          </Text>
          <View className="lx-notice-staff__actions">
            {n.editable ? (
              <Button
                type="primary"
                size="large"
                onClick={() => go(`${PAGES.composeNotice}?id=${encodeURIComponent(n.id)}`)}
              >
                编辑草稿
              </Button>
            ) : (
              <Button
                size="large"
                fill="outline"
                onClick={() => go(`${PAGES.noticeFigures}?id=${encodeURIComponent(n.id)}`)}
              >
                查看阅读情况
              </Button>
            )}
          </View>
        </View>
      ) : null}
      <NoticeBody
        title={n.title}
        category={n.category}
        categoryLabel={n.categoryLabel}
        pinned={n.pinned}
        orgName={n.orgName}
        publishAt={n.publishAt || undefined}
        expiresAt={n.expiresAt}
        body={n.body}
      />
    </View>
  );
}

export default withPageRoot(NoticeDetailPage);
