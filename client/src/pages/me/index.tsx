/** 我的: who I am, my roles and where they apply, my address and my tickets. */
import { Text, View } from '@tarojs/components';
import { usePullDownRefresh } from '@tarojs/taro';
import Taro from '@tarojs/taro';
import { ROLE_LABELS } from '@lx/types';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { useMe } from '@/hooks/useMe';
import { browser, signInUrl } from '@/services/browser';
import { go, PAGES } from '@/utils/nav';

function Row({ title, value, onClick }: { title: string; value?: string; onClick: () => void }) {
  return (
    <View className="lx-cell" hoverClass="lx-row--pressed" onClick={onClick}>
      <Text className="lx-cell__title">{title}</Text>
      {value ? <Text className="lx-cell__value">{value}</Text> : null}
      <Text className="lx-cell__arrow">›</Text>
    </View>
  );
}

export default function MePage() {
  const { me, error, loading, reload } = useMe();
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });
  if (loading) return <LoadingView />;
  if (!me) return <ErrorView message={error?.message ?? '加载失败'} onRetry={() => void reload()} />;

  return (
    <View className="lx-page">
      <View className="lx-profile">
        <View className="lx-avatar">{[...me.nickname][0] ?? '我'}</View>
        <View className="lx-profile__body">
          <Text className="lx-profile__name">{me.nickname}</Text>
          <View className="lx-profile__roles">
            {me.roles.length ? (
              me.roles.map((r) => (
                <Text key={`${r.role}-${r.orgId}`} className="lx-role">
                  {ROLE_LABELS[r.role]} · {r.orgName}
                </Text>
              ))
            ) : (
              <Text className="lx-role">{ROLE_LABELS.resident}</Text>
            )}
          </View>
        </View>
      </View>

      <View className="lx-cells">
        <Row title="我的住址" value={me.address?.text ?? '未绑定'} onClick={() => go(PAGES.address)} />
        <Row title="我的诉求" onClick={() => go(PAGES.myTickets)} />
      </View>

      {process.env.TARO_ENV === 'h5' ? (
        <View className="lx-cells">
          <Row title="切换演示身份" value="本地演示" onClick={() => browser.assign(signInUrl(PAGES.me))} />
        </View>
      ) : null}
    </View>
  );
}
