/**
 * 活动地点: a name and a point with the radius a location check-in counts in. In WeChat the point is
 * picked on the map (Taro.chooseLocation, as 住址 does); anywhere, the phone's own position (当前位置)
 * or a place an earlier activity used; in the browser, where there is no map picker, the point can
 * also be typed.
 */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { ChipGroup } from '@/components/ChipGroup';
import { Field } from '@/components/Field';
import { TextInput } from '@/components/TextField';
import type { FieldErrors } from '@/utils/form';
import { toast } from '@/utils/nav';
import type { ActivityView } from '../../staffApi';
import type { ActivityFormValues } from './activityForm';
import { ensurePrivacy } from '@/services/privacy';

type PlaceKey = 'placeName' | 'lng' | 'lat' | 'radiusM';
interface Props {
  values: Pick<ActivityFormValues, PlaceKey>;
  errors: FieldErrors;
  set: (key: PlaceKey, value: string) => void;
  /** earlier activities' places, to use again */
  earlier: ActivityView['place'][];
}

const WEAPP = process.env.TARO_ENV === 'weapp';
const fixed = (n: number) => n.toFixed(6);

export function PlaceField({ values, errors, set, earlier }: Props) {
  const put = (p: { name?: string; lng: number; lat: number }) => {
    if (p.name) set('placeName', p.name);
    set('lng', fixed(p.lng));
    set('lat', fixed(p.lat));
  };
  const onMap = async () => {
    if (!(await ensurePrivacy('location'))) return; // the consent sheet first (services/privacy.ts)
    try {
      const got = await Taro.chooseLocation({});
      put({ name: got.name || got.address, lng: got.longitude, lat: got.latitude });
    } catch {
      // cancelled, or the location permission refused: the fields stay as they were
    }
  };
  const here = async () => {
    if (!(await ensurePrivacy('location'))) return; // the consent sheet first (services/privacy.ts)
    try {
      const got = await Taro.getLocation({ type: 'gcj02' });
      put({ lng: got.longitude, lat: got.latitude });
    } catch {
      toast('无法获取当前位置，请检查定位权限');
    }
  };
  const names = earlier.filter((p, i) => earlier.findIndex((o) => o.name === p.name) === i).slice(0, 6);
  const point = values.lng && values.lat ? `${values.lng}, ${values.lat}` : '未选择';
  return (
    <>
      <Field label="活动地点" error={errors['place.name']}>
        <TextInput
          label="活动地点"
          value={values.placeName}
          placeholder="例如：社区广场、党群服务中心"
          maxlength={60}
          onInput={(e) => set('placeName', e.detail.value)}
        />
      </Field>
      <Field label="签到位置" hint={`当前：${point}`} error={errors['place.point'] ?? errors.place}>
        <View className="lx-party-staff__actions">
          {WEAPP ? (
            <Button type="primary" fill="outline" size="large" onClick={() => void onMap()}>
              在地图上选点
            </Button>
          ) : null}
          <Button type="primary" fill="outline" size="large" onClick={() => void here()}>
            使用当前位置
          </Button>
        </View>
        {names.length ? (
          <ChipGroup
            label="以往地点"
            options={names.map((p) => ({ value: p.name, label: p.name }))}
            value={names.find((p) => p.name === values.placeName)?.name}
            onChange={(name) => {
              const p = names.find((o) => o.name === name);
              if (p) put({ name: p.name, ...p.point });
            }}
          />
        ) : null}
        {WEAPP ? null : (
          <View className="lx-party-staff__inline">
            <TextInput
              label="经度"
              type="digit"
              value={values.lng}
              placeholder="经度"
              onInput={(e) => set('lng', e.detail.value)}
            />
            <TextInput
              label="纬度"
              type="digit"
              value={values.lat}
              placeholder="纬度"
              onInput={(e) => set('lat', e.detail.value)}
            />
          </View>
        )}
      </Field>
      <Field label="签到范围" error={errors['place.radiusM']}>
        <View className="lx-party-staff__inline">
          <TextInput
            label="签到范围"
            type="number"
            value={values.radiusM}
            onInput={(e) => set('radiusM', e.detail.value)}
          />
          <Text className="lx-field__hint">米内可定位签到</Text>
        </View>
      </Field>
    </>
  );
}
