/** 我的: who I am, my roles (and which one I am working as), my address, 连心卡, profile, administration. */
import { Image, Text, View } from '@tarojs/components';
import { usePullDownRefresh } from '@tarojs/taro';
import Taro from '@tarojs/taro';
import { canAdminister, ROLE_LABELS } from '@lx/types';
import { withPageRoot } from '@/components/PageRoot';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { useElderMode } from '@/hooks/useElderMode';
import { type ActiveRole, useActiveRole, useMe } from '@/hooks/useMe';
import { browser, signInUrl } from '@/services/browser';
import { go, PAGES, toast } from '@/utils/nav';
import './index.scss';

function Row({ title, value, onClick }: { title: string; value?: string; onClick: () => void }) {
  return (
    <View className="lx-cell" hoverClass="lx-row--pressed" onClick={onClick}>
      <Text className="lx-cell__title">{title}</Text>
      {value ? <Text className="lx-cell__value">{value}</Text> : null}
      <Text className="lx-cell__arrow">›</Text>
    </View>
  );
}

/** 长辈模式: larger text and buttons on every page (hooks/useElderMode.ts) */
function ElderRow() {
  const { on, setElderMode } = useElderMode();
  return <Row title="长辈模式" value={on ? '已开启，点此关闭' : '大字体、大按钮'} onClick={() => setElderMode(!on)} />;
}

const label = (r: ActiveRole) => (r.orgName ? `${ROLE_LABELS[r.role]} · ${r.orgName}` : ROLE_LABELS[r.role]);
const same = (a: ActiveRole, b: ActiveRole) => a.role === b.role && (a.orgId ?? '') === (b.orgId ?? '');

function MePage() {
  const { me, error, loading, reload } = useMe();
  const { active, choices, setActive } = useActiveRole();
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });
  if (loading) return <LoadingView />;
  if (!me) return <ErrorView error={error} onRetry={() => void reload()} />;
  const isStaff = me.roles.length > 0;

  const switchRole = async () => {
    try {
      const res = await Taro.showActionSheet({ itemList: choices.map(label) });
      const picked = choices[res.tapIndex];
      if (picked && !same(picked, active)) {
        setActive(picked);
        toast(`已切换为：${label(picked)}`);
      }
    } catch {
      // the sheet was cancelled
    }
  };

  return (
    <View className="lx-page">
      <View className="lx-profile" onClick={() => go(PAGES.profile)}>
        {me.avatarUrl ? (
          <Image className="lx-avatar" src={me.avatarUrl} mode="aspectFill" />
        ) : (
          <View className="lx-avatar">{[...me.nickname][0] ?? '我'}</View>
        )}
        <View className="lx-profile__body">
          <Text className="lx-profile__name">{me.nickname}</Text>
          <View className="lx-profile__roles">
            {isStaff ? (
              me.roles.map((r) => (
                <Text key={`${r.role}-${r.orgId}`} className={`lx-role ${same(r, active) ? 'lx-role--active' : ''}`}>
                  {ROLE_LABELS[r.role]} · {r.orgName}
                </Text>
              ))
            ) : (
              <Text className="lx-role">{ROLE_LABELS.resident}</Text>
            )}
          </View>
        </View>
        <Text className="lx-cell__arrow">›</Text>
      </View>

      {isStaff ? (
        <View className="lx-cells">
          <Row title="当前身份" value={label(active)} onClick={() => void switchRole()} />
        </View>
      ) : null}

      <View className="lx-cells">
        <Row title="我的连心卡" value={me.address?.gridId ? '网格员电话' : undefined} onClick={() => go(PAGES.card)} />
        <Row title="我的住址" value={me.address?.text ?? '未绑定'} onClick={() => go(PAGES.address)} />
        <Row title="我的反映" onClick={() => go(PAGES.myTickets)} />
        <Row title="党员报到" value="党员向社区报到" onClick={() => go(PAGES.partyRegister)} />
      </View>

      <View className="lx-cells">
        <ElderRow />
      </View>

      <View className="lx-cells">
        <Row title="个人资料" value="昵称、头像、电话" onClick={() => go(PAGES.profile)} />
        {/* privacy (issue 16): see, export or delete what is stored; what is collected and why */}
        <Row title="我的数据" value="查看、导出、注销账号" onClick={() => go(PAGES.myData)} />
        <Row title="隐私政策" onClick={() => go(PAGES.privacy)} />
        <Row title="输入邀请码" value="工作人员加入" onClick={() => go(PAGES.redeem)} />
        {canAdminister(me.roles.map((r) => r.role)) ? (
          <Row title="管理" value="组织、邀请、类别时限" onClick={() => go(PAGES.admin)} />
        ) : null}
      </View>

      {process.env.TARO_ENV === 'h5' ? (
        <View className="lx-cells">
          <Row title="切换演示身份" value="本地演示" onClick={() => browser.assign(signInUrl(PAGES.me))} />
        </View>
      ) : null}
    </View>
  );
}

export default withPageRoot(MePage);
