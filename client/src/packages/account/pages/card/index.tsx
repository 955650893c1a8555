/** 连心卡: the resident's grid and the people responsible for it, one tap from a phone call. Shareable. */
import { Image, Text, View } from '@tarojs/components';
import Taro, { useShareAppMessage } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { EmptyView, ErrorView, LoadingView } from '@/components/StateViews';
import { useRemote } from '@/hooks/useRemote';
import { callCloud } from '@/services/cloud';
import { go, PAGES, toast } from '@/utils/nav';
import '../../account.scss';
import { withPageRoot } from '@/components/PageRoot';

function call(phone: string) {
  Taro.makePhoneCall({ phoneNumber: phone }).catch(() => toast(`请拨打 ${phone}`));
}

function CardPage() {
  const card = useRemote(() => callCloud('org', 'card', {}), []);
  useShareAppMessage(() => ({
    title: card.data ? `${card.data.gridName}连心卡：有事找网格员` : '连心卡',
    path: PAGES.card,
  }));
  if (card.loading) return <LoadingView />;
  if (card.error) return <ErrorView error={card.error} onRetry={() => void card.reload()} />;
  const c = card.data;
  if (!c) {
    return (
      <EmptyView text="绑定住址后，这里会显示您所在网格的网格员和联系电话" hint="楼栋尚未划入网格时，请联系社区">
        <Button type="primary" size="large" onClick={() => go(PAGES.address)}>
          绑定住址
        </Button>
      </EmptyView>
    );
  }
  return (
    <View className="lx-page">
      <View className="lx-card-head">
        <Text className="lx-card-head__title">{c.gridName}</Text>
        <Text className="lx-card-head__sub">
          {c.streetName} · {c.communityName}
        </Text>
        {c.serviceHours ? <Text className="lx-card-head__sub">服务时间：{c.serviceHours}</Text> : null}
      </View>

      <View className="lx-cells">
        {c.people.length === 0 ? <EmptyView text="本网格的负责人信息正在完善" /> : null}
        {c.people.map((p) => (
          <View key={`${p.duty}-${p.name}`} className="lx-person">
            {p.photoUrl ? (
              <Image className="lx-person__photo" src={p.photoUrl} mode="aspectFill" />
            ) : (
              <View className="lx-person__photo">{[...p.name][0]}</View>
            )}
            <View className="lx-person__body">
              <Text className="lx-person__name">{p.name}</Text>
              <Text className="lx-person__duty">{p.duty}</Text>
              {/* the number in sight, not only behind 拨打: she may dial it from another phone */}
              <Text className="lx-person__duty" style={{ whiteSpace: 'nowrap' }}>
                {p.phone}
              </Text>
              {p.hours ? <Text className="lx-person__hours">{p.hours}</Text> : null}
            </View>
            <View className="lx-person__call" onClick={() => call(p.phone)} aria-label={`拨打${p.duty}${p.name}的电话`}>
              <Text>拨打</Text>
            </View>
          </View>
        ))}
      </View>

      <View className="lx-cells">
        {c.communityHotline ? (
          <View className="lx-cell lx-cell--whole" onClick={() => call(c.communityHotline!)}>
            <Text className="lx-cell__title">社区服务电话</Text>
            <Text className="lx-cell__value">{c.communityHotline}</Text>
          </View>
        ) : null}
        {c.streetHotline ? (
          <View className="lx-cell lx-cell--whole" onClick={() => call(c.streetHotline!)}>
            <Text className="lx-cell__title">街道服务电话</Text>
            <Text className="lx-cell__value">{c.streetHotline}</Text>
          </View>
        ) : null}
      </View>
      {process.env.TARO_ENV === 'weapp' ? (
        <Button block type="primary" fill="outline" size="large" openType="share">
          分享给家人
        </Button>
      ) : null}
    </View>
  );
}

export default withPageRoot(CardPage);
