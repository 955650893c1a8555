/** 管理: the administration entries the signed-in user's roles allow. */
import { Text, View } from '@tarojs/components';
import { canAdminister, canConfigure, type RoleGrant } from '@lx/types';
import { withPageRoot } from '@/components/PageRoot';
import { EmptyView, ErrorView, LoadingView } from '@/components/StateViews';
import { useMe } from '@/hooks/useMe';
import { useRemote } from '@/hooks/useRemote';
import { callCloud } from '@/services/cloud';
import { go, PAGES } from '@/utils/nav';
import '../../admin.scss';

function Entry({ title, hint, url, warn }: { title: string; hint: string; url: string; warn?: boolean }) {
  return (
    <View className="lx-cell" hoverClass="lx-row--pressed" onClick={() => go(url)}>
      <Text className="lx-cell__title">{title}</Text>
      <Text className={warn ? 'lx-cell__value lx-cell__value--warn' : 'lx-cell__value'}>{hint}</Text>
      <Text className="lx-cell__arrow">›</Text>
    </View>
  );
}

/** 节假日, flagged while this year's or next year's calendar is missing: not only on a page nobody opens unprompted */
function HolidaysEntry() {
  const cal = useRemote(() => callCloud('admin', 'holidays', {}), []);
  const warn = Boolean(cal.data?.warning);
  return <Entry title="节假日" hint={warn ? '待录入节假日安排' : '工作日计算'} warn={warn} url={PAGES.adminHolidays} />;
}

function AdminHome() {
  const { me, error, loading, reload } = useMe();
  if (loading) return <LoadingView />;
  if (!me) return <ErrorView error={error} onRetry={() => void reload()} />;
  const roles = me.roles.map((r) => r.role);
  if (!canAdminister(roles))
    return <EmptyView text="您没有管理权限" hint="管理员、街道和社区工作人员可以使用管理功能" />;
  const editsOrg = roles.includes('admin') || roles.includes('streetStaff');
  // canConfigure only looks at roles, so the org fields of these stand-in grants do not matter
  const configures = canConfigure(
    me.roles.map((r) => ({ ...r, orgPath: [], grantedAt: 0, grantedBy: '' }) as RoleGrant),
  );
  return (
    <View className="lx-page">
      <View className="lx-cells">
        <Entry title="邀请工作人员" hint="邀请码、小程序码" url={PAGES.adminInvite} />
        <Entry title="组织架构" hint={editsOrg ? '社区、网格、小区、楼栋' : '查看、撤销角色'} url={PAGES.adminTree} />
        {editsOrg ? <Entry title="导入组织架构" hint="CSV / Excel 表格" url={PAGES.adminImport} /> : null}
      </View>
      {configures ? (
        <View className="lx-cells">
          <Entry title="诉求类别与时限" hint="按紧急程度和层级" url={PAGES.adminCategories} />
          <HolidaysEntry />
        </View>
      ) : null}
    </View>
  );
}

export default withPageRoot(AdminHome);
