/**
 * 阅读情况: read share overall, per community and per grid, how the push went, and the way to each
 * grid's door-to-door list. Composers can withdraw a published notice here.
 */
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { withPageRoot } from '@/components/PageRoot';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { hasRole, useMe } from '@/hooks/useMe';
import { useRemote } from '@/hooks/useRemote';
import { useShowAgain } from '@/hooks/useShowAgain';
import { callCloud } from '@/services/cloud';
import { go, noticeUrl, PAGES, toast } from '@/utils/nav';
import { ReadBar } from '../../components/ReadBar';
import '../../notices.scss';

function NoticeFiguresPage() {
  const id = useRouter().params.id ?? '';
  const { me } = useMe();
  const remote = useRemote(() => callCloud('notices', 'figures', { id }), [id]);
  usePullDownRefresh(() => void remote.reload().finally(() => Taro.stopPullDownRefresh()));
  useShowAgain(() => void remote.reload());
  const composer = hasRole(me, 'communityStaff') || hasRole(me, 'streetStaff') || hasRole(me, 'admin');

  const withdraw = async () => {
    const ok = await Taro.showModal({
      title: '撤回通知',
      content: '撤回后居民将看不到这条通知，记录会保留。确定撤回吗？',
    });
    if (!ok.confirm) return;
    const res = await callCloud('notices', 'withdraw', { id });
    toast(res.ok ? '已撤回' : res.message);
    if (res.ok) void remote.reload();
  };

  if (remote.loading && !remote.data) return <LoadingView />;
  if (remote.error || !remote.data) return <ErrorView error={remote.error} onRetry={() => void remote.reload()} />;
  const f = remote.data;
  const door = (gridId: string) =>
    go(`${PAGES.doorToDoor}?id=${encodeURIComponent(id)}&gridId=${encodeURIComponent(gridId)}`);
  return (
    <View className="lx-page">
      <View className="lx-card" onClick={() => go(noticeUrl(id))}>
        <Text className="lx-card__title">{f.title}</Text>
        <Text className="lx-card__more">查看通知 ›</Text>
      </View>
      <View className="lx-section">
        <View className="lx-section__head">
          <Text className="lx-section__title">总体阅读率</Text>
        </View>
        <ReadBar figure={f.overall} />
        <Text className="lx-field__hint">
          订阅消息：已送达 {f.push.sent} 人，未开启提醒 {f.push.noConsent} 人
          {f.push.failed ? `，失败 ${f.push.failed} 人` : ''}
          {f.push.done ? '' : '（推送中）'}
        </Text>
      </View>
      {f.communities.length > 1 ? (
        <View className="lx-section">
          <View className="lx-section__head">
            <Text className="lx-section__title">各社区</Text>
          </View>
          {f.communities.map((c) => (
            <ReadBar key={c.id} figure={c} />
          ))}
        </View>
      ) : null}
      <View className="lx-section">
        <View className="lx-section__head">
          <Text className="lx-section__title">各网格</Text>
        </View>
        {f.grids.map((g) => (
          <ReadBar key={g.id} figure={g} action={{ label: '入户清单', onClick: () => door(g.id) }} />
        ))}
      </View>
      {composer && f.state === 'published' ? (
        <Button className="lx-figures__withdraw" size="large" fill="outline" block onClick={() => void withdraw()}>
          撤回通知
        </Button>
      ) : null}
    </View>
  );
}

export default withPageRoot(NoticeFiguresPage);
