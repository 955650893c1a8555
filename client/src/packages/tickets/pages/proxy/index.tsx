/**
 * 代居民上报 (代办): a grid worker files what they found on patrol (巡查), heard on a visit (走访) or took
 * by phone (电话), for the building where the problem is. The ticket goes to that building's grid.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { TICKET_SOURCE_LABELS, type TicketSource } from '@lx/types';
import { ChipGroup } from '@/components/ChipGroup';
import { Field } from '@/components/Field';
import { OrgCascader, type PickedOrg } from '@/components/OrgCascader';
import { EmptyView, ErrorView, LoadingView } from '@/components/StateViews';
import { TextInput } from '@/components/TextField';
import { hasRole, useMe } from '@/hooks/useMe';
import { useRemote } from '@/hooks/useRemote';
import { callCloud, uploadPhoto } from '@/services/cloud';
import { askSubscription } from '@/services/subscribe';
import { ticketUrl, toast } from '@/utils/nav';
import { FileForm } from '../../components/FileForm';
import '../../tickets.scss';
import { withPageRoot } from '@/components/PageRoot';

type ProxySource = Exclude<TicketSource, 'resident'>;
const SOURCES = (['patrol', 'visit', 'phone'] as const).map((s) => ({ value: s, label: TICKET_SOURCE_LABELS[s] }));

function SourceFields(props: {
  source: ProxySource;
  onSource: (s: ProxySource) => void;
  name: string;
  onName: (n: string) => void;
  building: PickedOrg;
  onChangeBuilding: () => void;
  error?: string;
}) {
  return (
    <View>
      <Field label="问题所在楼栋">
        <Text className="lx-field__value">{props.building.text}</Text>
        <Text className="lx-field__hint">交给该楼栋所在网格办理</Text>
        <Text className="lx-link lx-link--left" onClick={props.onChangeBuilding}>
          重新选择楼栋
        </Text>
      </Field>
      <Field label="问题来源">
        <ChipGroup
          label="问题来源"
          chipClassName="lx-chip--wide"
          options={SOURCES}
          value={props.source}
          onChange={props.onSource}
        />
      </Field>
      {props.source !== 'patrol' ? (
        <Field label="居民姓名" optional="（选填）" error={props.error}>
          <TextInput
            label="居民姓名"
            value={props.name}
            maxlength={20}
            placeholder="反映问题的居民"
            onInput={(e) => props.onName(e.detail.value)}
          />
        </Field>
      ) : null}
    </View>
  );
}

function ProxyFilePage() {
  const { me, error, loading, reload } = useMe();
  const categories = useRemote(() => callCloud('tickets', 'categories', {}), []);
  const [building, setBuilding] = useState<PickedOrg>();
  const [source, setSource] = useState<ProxySource>('patrol');
  const [name, setName] = useState('');

  if (loading) return <LoadingView />;
  if (!me) return <ErrorView error={error} onRetry={() => void reload()} />;
  if (!hasRole(me, 'gridWorker'))
    return <EmptyView text="只有网格员可以代居民上报" hint="居民请在“办事”里点“反映问题”" />;

  // 代办 starts in the worker's own grid (its community first, then only the grid's compounds and buildings)
  const grid = me.roles.find((r) => r.role === 'gridWorker');
  const communityId = grid?.orgPath?.at(-2);
  const within = grid && communityId ? { communityId, gridId: grid.orgId } : undefined;
  const trimmed = name.trim();
  const form = (b: PickedOrg) =>
    categories.loading ? (
      <LoadingView />
    ) : !categories.data ? (
      <ErrorView error={categories.error} onRetry={() => void categories.reload()} />
    ) : (
      <FileForm
        categories={categories.data}
        addressText={b.text}
        proxy
        upload={uploadPhoto}
        extra={{
          source,
          buildingId: b.id,
          ...(source !== 'patrol' && trimmed ? { residentName: trimmed } : {}),
        }}
        renderExtra={(errors) => (
          <SourceFields
            source={source}
            onSource={setSource}
            name={name}
            onName={setName}
            building={b}
            onChangeBuilding={() => setBuilding(undefined)}
            error={errors.residentName}
          />
        )}
        submit={(payload) => callCloud('tickets', 'file', payload)}
        findSimilar={(p) => callCloud('tickets', 'similar', { categoryId: p.categoryId, buildingId: b.id })}
        onJoined={(t) => void Taro.redirectTo({ url: ticketUrl(t.id) })}
        onConsent={() => void askSubscription(['ticketTask'])}
        onFiled={(t) => {
          toast(`已代为上报，编号 ${t.no}`);
          void Taro.redirectTo({ url: ticketUrl(t.id) });
        }}
      />
    );
  return (
    <View className="lx-page">
      <OrgCascader value={building} onChange={setBuilding} where="问题所在" within={within}>
        {building ? form(building) : null}
      </OrgCascader>
    </View>
  );
}

export default withPageRoot(ProxyFilePage);
