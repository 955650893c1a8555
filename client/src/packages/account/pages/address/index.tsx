/**
 * 绑定住址: choose community → compound → building (room optional), or pick the spot on a map and
 * then the building nearest it; save, and go back. Earlier addresses are listed below: a move keeps
 * the history.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import type { ResultOf } from '@lx/types';
import { OrgCascader, type PickedOrg } from '@/components/OrgCascader';
import { withPageRoot } from '@/components/PageRoot';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { setMe, useMe } from '@/hooks/useMe';
import { callCloud } from '@/services/cloud';
import { formatDateTime } from '@/utils/format';
import { goBack, toast } from '@/utils/nav';
import '../../account.scss';
import { BindForm } from './BindForm';
import { ensurePrivacy } from '@/services/privacy';

type Nearby = ResultOf<'org', 'nearby'>;

function AddressPage() {
  const { me, error, loading, reload } = useMe();
  const [nearby, setNearby] = useState<Nearby>();
  const [busy, setBusy] = useState(false);
  const [building, setBuilding] = useState<PickedOrg>();
  if (loading) return <LoadingView />;
  if (!me) return <ErrorView error={error} onRetry={() => void reload()} />;

  const saved = (updated: typeof me) => {
    setMe(updated);
    toast('住址已保存');
    goBack();
  };

  const byMap = async () => {
    if (process.env.TARO_ENV !== 'weapp') {
      toast('浏览器中不能在地图上选点，请按社区、小区、楼栋选择');
      return;
    }
    let point: { longitude: number; latitude: number };
    if (!(await ensurePrivacy('location'))) return; // the consent sheet first (services/privacy.ts)
    try {
      point = await Taro.chooseLocation({});
    } catch {
      return; // cancelled, or location permission refused
    }
    setBusy(true);
    const res = await callCloud('org', 'nearby', { lng: point.longitude, lat: point.latitude });
    setBusy(false);
    if (res.ok) setNearby(res.data);
    else toast(res.message);
  };

  const bindNear = async (buildingId: string) => {
    setBusy(true);
    const res = await callCloud('org', 'bindAddress', { buildingId });
    setBusy(false);
    if (res.ok) saved(res.data);
    else toast(res.message);
  };

  return (
    <View className="lx-page">
      {nearby ? (
        <View className="lx-cells">
          <View className="lx-cell">
            <Text className="lx-cell__title">附近的楼栋</Text>
            <Text className="lx-cell__value">{nearby.gridName ?? nearby.communityName}</Text>
          </View>
          {nearby.buildings.map((b) => (
            <View key={b.id} className="lx-cell" hoverClass="lx-row--pressed" onClick={() => void bindNear(b.id)}>
              <Text className="lx-cell__title">{b.fullName}</Text>
              <Text className="lx-cell__value">{b.distance} 米</Text>
            </View>
          ))}
          <View className="lx-cell" onClick={() => setNearby(undefined)}>
            <Text className="lx-cell__title">都不是，按小区楼栋选择</Text>
          </View>
        </View>
      ) : (
        <View>
          {me.address ? (
            <View className="lx-card">
              <Text className="lx-card__label">当前住址</Text>
              <Text className="lx-card__text">{me.address.text}</Text>
            </View>
          ) : null}
          <OrgCascader value={building} onChange={setBuilding} emptyHint="请联系社区工作人员">
            {building ? (
              <BindForm
                building={building}
                initialRoom={me.address?.room}
                save={(payload) => callCloud('org', 'bindAddress', payload)}
                onSaved={saved}
                onRechoose={() => setBuilding(undefined)}
              />
            ) : null}
          </OrgCascader>
        </View>
      )}

      <View className="lx-under-button">
        <Button block fill="outline" type="primary" size="large" loading={busy} onClick={() => void byMap()}>
          在地图上选择位置
        </Button>
      </View>

      {me.addressHistory?.length ? (
        <View className="lx-section">
          <Text className="lx-section__title">以前的住址</Text>
          <View className="lx-cells lx-history">
            {me.addressHistory.map((a) => (
              <View key={`${a.buildingId}-${a.boundAt}`} className="lx-history__item">
                <Text className="lx-history__text">{a.text}</Text>
                <Text className="lx-history__when">{formatDateTime(a.boundAt)} 绑定</Text>
              </View>
            ))}
          </View>
        </View>
      ) : null}
    </View>
  );
}

export default withPageRoot(AddressPage);
