/**
 * 代居民上报 (代办): a grid worker files what they found on patrol (巡查), heard on a visit (走访) or took
 * by phone (电话), for the building where the problem is. The ticket goes to that building's grid.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { TICKET_SOURCE_LABELS, type TicketSource } from '@lx/types';
import { EmptyView, ErrorView, LoadingView } from '@/components/StateViews';
import { TextInput } from '@/components/TextField';
import { hasRole, useMe } from '@/hooks/useMe';
import { useRemote } from '@/hooks/useRemote';
import { callCloud, uploadPhoto } from '@/services/cloud';
import { askSubscription } from '@/services/subscribe';
import { ticketUrl, toast } from '@/utils/nav';
import { BuildingPicker, type PickedBuilding } from '../../components/BuildingPicker';
import { FileForm } from '../../components/FileForm';
import '../../tickets.scss';

type ProxySource = Exclude<TicketSource, 'resident'>;
const SOURCES: ProxySource[] = ['patrol', 'visit', 'phone'];

function SourceFields(props: {
  source: ProxySource;
  onSource: (s: ProxySource) => void;
  name: string;
  onName: (n: string) => void;
  building: PickedBuilding;
  onChangeBuilding: () => void;
  error?: string;
}) {
  return (
    <View>
      <View className="lx-field">
        <Text className="lx-field__label">问题所在楼栋</Text>
        <Text className="lx-field__value">{props.building.text}</Text>
        <Text className="lx-field__hint">交给该楼栋所在网格办理</Text>
        <Text className="lx-link lx-link--left" onClick={props.onChangeBuilding}>
          重新选择楼栋
        </Text>
      </View>
      <View className="lx-field">
        <Text className="lx-field__label">问题来源</Text>
        <View className="lx-chips" role="radiogroup" aria-label="问题来源">
          {SOURCES.map((s) => (
            <View
              key={s}
              role="radio"
              aria-checked={s === props.source}
              className={`lx-chip lx-chip--wide ${s === props.source ? 'lx-chip--active' : ''}`}
              onClick={() => props.onSource(s)}
            >
              {TICKET_SOURCE_LABELS[s]}
            </View>
          ))}
        </View>
      </View>
      {props.source !== 'patrol' ? (
        <View className="lx-field">
          <Text className="lx-field__label">
            居民姓名<Text className="lx-field__optional">（选填）</Text>
          </Text>
          <TextInput
            label="居民姓名"
            value={props.name}
            maxlength={20}
            placeholder="反映问题的居民"
            onInput={(e) => props.onName(e.detail.value)}
          />
          {props.error ? <Text className="lx-field__error">{props.error}</Text> : null}
        </View>
      ) : null}
    </View>
  );
}

export default function ProxyFilePage() {
  const { me, error, loading, reload } = useMe();
  const categories = useRemote(() => callCloud('tickets', 'categories', {}), []);
  const [building, setBuilding] = useState<PickedBuilding>();
  const [source, setSource] = useState<ProxySource>('patrol');
  const [name, setName] = useState('');

  if (loading) return <LoadingView />;
  if (!me) return <ErrorView message={error?.message ?? '加载失败'} onRetry={() => void reload()} />;
  if (!hasRole(me, 'gridWorker'))
    return <EmptyView text="只有网格员可以代居民上报" hint="居民请在“办事”里点“反映问题”" />;
  if (!building)
    return (
      <View className="lx-page">
        <BuildingPicker loadChildren={(parentId) => callCloud('org', 'children', { parentId })} onPick={setBuilding} />
      </View>
    );
  if (categories.loading) return <LoadingView />;
  if (!categories.data)
    return <ErrorView message={categories.error?.message ?? '加载失败'} onRetry={() => void categories.reload()} />;

  const trimmed = name.trim();
  return (
    <View className="lx-page">
      <FileForm
        categories={categories.data}
        addressText={building.text}
        proxy
        upload={uploadPhoto}
        extra={{
          source,
          buildingId: building.id,
          ...(source !== 'patrol' && trimmed ? { residentName: trimmed } : {}),
        }}
        renderExtra={(errors) => (
          <SourceFields
            source={source}
            onSource={setSource}
            name={name}
            onName={setName}
            building={building}
            onChangeBuilding={() => setBuilding(undefined)}
            error={errors.residentName}
          />
        )}
        submit={(payload) => callCloud('tickets', 'file', payload)}
        findSimilar={(p) => callCloud('tickets', 'similar', { categoryId: p.categoryId, buildingId: building.id })}
        onJoined={(t) => void Taro.redirectTo({ url: ticketUrl(t.id) })}
        onConsent={() => void askSubscription(['ticketTask'])}
        onFiled={(t) => {
          toast(`已代为上报，编号 ${t.no}`);
          void Taro.redirectTo({ url: ticketUrl(t.id) });
        }}
      />
    </View>
  );
}
