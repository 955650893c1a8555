/**
 * 绑定住址 step by step: community → compound → building, each a list of large rows loaded from
 * org.children when the step opens; then an optional room number and 保存住址.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { BindAddressPayload, type Me, ORG_TYPE_LABELS, type OrgOption, type PayloadIn, type ResultOf } from '@lx/types';
import { EmptyView, ErrorView, LoadingView } from '@/components/StateViews';
import { TextInput } from '@/components/TextField';
import { useRemote } from '@/hooks/useRemote';
import type { CloudResult } from '@/services/cloud';
import { fieldErrors } from '@/utils/form';
import { toast } from '@/utils/nav';

const STEPS = ['社区', '小区', '楼栋'] as const;

export interface AddressPickerProps {
  current?: Me['address'];
  loadChildren: (parentId?: string) => Promise<CloudResult<ResultOf<'org', 'children'>>>;
  save: (payload: PayloadIn<'org', 'bindAddress'>) => Promise<CloudResult<Me>>;
  onSaved: (me: Me) => void;
}

export function AddressPicker({ current, loadChildren, save, onSaved }: AddressPickerProps) {
  /** the community and compound chosen so far */
  const [trail, setTrail] = useState<OrgOption[]>([]);
  const [building, setBuilding] = useState<OrgOption>();
  const [room, setRoom] = useState(current?.room ?? '');
  const [roomError, setRoomError] = useState('');
  const [saving, setSaving] = useState(false);
  const parentId = trail[trail.length - 1]?.id;
  const children = useRemote(() => loadChildren(parentId), [parentId], !building);

  const pick = (o: OrgOption) => {
    if (o.type === 'building') setBuilding(o);
    else setTrail((t) => [...t, o]);
  };
  const backTo = (depth: number) => {
    setBuilding(undefined);
    setTrail((t) => t.slice(0, depth));
  };

  const onSave = async () => {
    if (!building || saving) return;
    const payload = { buildingId: building.id, ...(room.trim() ? { room: room.trim() } : {}) };
    const parsed = BindAddressPayload.safeParse(payload);
    if (!parsed.success) {
      const errs = fieldErrors(parsed.error.issues);
      setRoomError(errs.room ?? '');
      toast(Object.values(errs)[0] ?? '填写的内容有误');
      return;
    }
    setSaving(true);
    const res = await save(parsed.data);
    setSaving(false);
    if (res.ok) onSaved(res.data);
    else {
      setRoomError(res.fields?.room ?? '');
      toast(res.message);
    }
  };

  const step = building ? STEPS.length : trail.length;
  return (
    <View>
      {current ? (
        <View className="lx-card">
          <Text className="lx-card__label">当前住址</Text>
          <Text className="lx-card__text">{current.text}</Text>
        </View>
      ) : null}

      <View className="lx-trail">
        {STEPS.map((name, i) => {
          const chosen = i < trail.length ? trail[i] : i === 2 ? building : undefined;
          return (
            <View
              key={name}
              className={`lx-trail__step ${i === step ? 'lx-trail__step--current' : ''} ${chosen ? 'lx-trail__step--done' : ''}`}
              onClick={() => (chosen ? backTo(i) : undefined)}
            >
              <Text className="lx-trail__name">{name}</Text>
              <Text className="lx-trail__value">{chosen ? chosen.name : '请选择'}</Text>
            </View>
          );
        })}
      </View>

      {building ? (
        <View className="lx-card">
          <Text className="lx-card__label">已选择</Text>
          <Text className="lx-card__title">{[...trail.map((t) => t.name), building.name].join(' ')}</Text>
          <View className="lx-field">
            <Text className="lx-field__label">
              门牌号<Text className="lx-field__optional">（选填）</Text>
            </Text>
            <TextInput
              label="门牌号"
              value={room}
              maxlength={20}
              placeholder="例如：2单元501"
              onInput={(e) => {
                setRoom(e.detail.value);
                setRoomError('');
              }}
            />
            {roomError ? <Text className="lx-field__error">{roomError}</Text> : null}
          </View>
          <Button
            className="lx-big-button"
            type="primary"
            size="large"
            block
            disabled={saving}
            onClick={() => void onSave()}
          >
            {saving ? '正在保存…' : '保存住址'}
          </Button>
          <Text className="lx-link" onClick={() => backTo(trail.length)}>
            重新选择楼栋
          </Text>
        </View>
      ) : (
        <View className="lx-section">
          <Text className="lx-section__title">
            第 {step + 1} 步：请选择{STEPS[step]}
          </Text>
          {children.loading ? (
            <LoadingView />
          ) : children.error ? (
            <ErrorView message={children.error.message} onRetry={() => void children.reload()} />
          ) : !children.data?.length ? (
            <EmptyView text={`暂无可选的${STEPS[step]}`} hint="请联系社区工作人员" />
          ) : (
            <View className="lx-options">
              {children.data.map((o) => (
                <View key={o.id} className="lx-option" hoverClass="lx-row--pressed" onClick={() => pick(o)}>
                  <Text className="lx-option__name">{o.name}</Text>
                  <Text className="lx-option__type">{o.type === 'building' ? '' : `${ORG_TYPE_LABELS[o.type]} ›`}</Text>
                </View>
              ))}
            </View>
          )}
        </View>
      )}
    </View>
  );
}
