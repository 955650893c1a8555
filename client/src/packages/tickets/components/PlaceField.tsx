/**
 * 问题地点: where the problem is, which need not be her home. My home (the default: routed by the
 * bound building), another building (OrgCascader), a point on the map (weapp's chooseLocation, after
 * the privacy gate; the browser has no map picker), or a place said in words (东门路灯: routed to her
 * own grid). The ticket keeps the place chosen; `placePayload` is what the filing schema reads.
 */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import type { GeoPoint } from '@lx/types';
import { ChipGroup } from '@/components/ChipGroup';
import { Field } from '@/components/Field';
import { OrgCascader, type PickedOrg } from '@/components/OrgCascader';
import { TextInput } from '@/components/TextField';
import { ensurePrivacy } from '@/services/privacy';
import type { FieldErrors } from '@/utils/form';
import { toast } from '@/utils/nav';

export type Place =
  | { kind: 'home' }
  | { kind: 'building'; picked?: PickedOrg }
  | { kind: 'point'; point?: GeoPoint; name: string }
  | { kind: 'words'; text: string };
type Kind = Place['kind'];

export const HOME: Place = { kind: 'home' };

/** The filing payload's place fields: nothing for home (the server takes the bound building). */
export function placePayload(p: Place): { buildingId?: string; point?: GeoPoint; addressText?: string } {
  if (p.kind === 'building') return { buildingId: p.picked?.id ?? '' };
  if (p.kind === 'point') return p.point ? { point: p.point, addressText: p.name } : { addressText: '' };
  if (p.kind === 'words') return { addressText: p.text.trim() };
  return {};
}

const MAP_ON = process.env.TARO_ENV === 'weapp';
const KINDS: { value: Kind; label: string }[] = [
  { value: 'home', label: '我家' },
  { value: 'building', label: '其他楼栋' },
  ...(MAP_ON ? [{ value: 'point' as const, label: '地图选点' }] : []),
  { value: 'words', label: '其他地点' },
];

const fresh = (kind: Kind): Place =>
  kind === 'home' ? HOME : kind === 'building' ? { kind } : kind === 'point' ? { kind, name: '' } : { kind, text: '' };

async function pickOnMap(): Promise<Place | undefined> {
  // the consent sheet first: WeChat fails a location call made before the user agreed (services/privacy.ts)
  if (!(await ensurePrivacy('location'))) return undefined;
  try {
    const got = await Taro.chooseLocation({});
    const name = (got.name || got.address || '').slice(0, 60);
    return {
      kind: 'point',
      point: { lng: got.longitude, lat: got.latitude },
      name: name.length >= 2 ? name : '地图选点',
    };
  } catch {
    toast('没有选择位置');
    return undefined;
  }
}

interface Props {
  value: Place;
  onChange: (p: Place) => void;
  /** the bound home, shown for 我家 */
  homeText: string;
  errors: FieldErrors;
}

export function PlaceField({ value, onChange, homeText, errors }: Props) {
  const error = errors.buildingId || errors.point || errors.addressText;
  return (
    <Field label="问题地点" error={error} hint={hintOf(value)}>
      <ChipGroup label="问题地点" options={KINDS} value={value.kind} onChange={(k) => onChange(fresh(k))} />
      {value.kind === 'home' ? <Text className="lx-field__value">{homeText}</Text> : null}
      {value.kind === 'building' ? (
        <OrgCascader
          where="问题所在"
          value={value.picked}
          onChange={(picked) => onChange({ kind: 'building', picked })}
        />
      ) : null}
      {value.kind === 'point' ? (
        <View>
          {value.name ? <Text className="lx-field__value">{value.name}</Text> : null}
          <Button size="large" fill="outline" block onClick={() => void pickOnMap().then((p) => p && onChange(p))}>
            {value.point ? '重新选择位置' : '在地图上选择'}
          </Button>
        </View>
      ) : null}
      {value.kind === 'words' ? (
        <TextInput
          label="在哪里"
          value={value.text}
          maxlength={60}
          placeholder="例如：小区东门路灯、南门口垃圾桶"
          onInput={(e) => onChange({ kind: 'words', text: e.detail.value })}
        />
      ) : null}
    </Field>
  );
}

function hintOf(p: Place): string {
  if (p.kind === 'home') return '交给您家所在网格的网格员办理';
  if (p.kind === 'building') return '交给这栋楼所在网格的网格员办理';
  if (p.kind === 'point') return '按地图上的位置交给所在网格办理';
  return '交给您家所在网格的网格员办理，请写清楚具体位置';
}
