/**
 * 入户告知清单: for one grid, the households in the notice's scope where nobody has read it yet,
 * building by building (names masked). After knocking, the worker marks a household as told.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { withPageRoot } from '@/components/PageRoot';
import { EmptyView, ErrorView, LoadingView } from '@/components/StateViews';
import { useRemote } from '@/hooks/useRemote';
import { callCloud } from '@/services/cloud';
import { toast } from '@/utils/nav';
import '../../notices.scss';

function DoorToDoorPage() {
  const { id = '', gridId } = useRouter().params;
  const remote = useRemote(
    () => callCloud('notices', 'doorToDoor', { id, ...(gridId ? { gridId } : {}) }),
    [id, gridId],
  );
  const [busy, setBusy] = useState('');
  usePullDownRefresh(() => void remote.reload().finally(() => Taro.stopPullDownRefresh()));

  const mark = async (buildingId: string, room: string) => {
    const key = `${buildingId}|${room}`;
    if (busy) return;
    setBusy(key);
    const res = await callCloud('notices', 'informed', { id, buildingId, room });
    setBusy('');
    if (!res.ok) return toast(res.message);
    toast('已记录入户告知');
    void remote.reload();
  };

  if (remote.loading && !remote.data) return <LoadingView />;
  if (remote.error || !remote.data) return <ErrorView error={remote.error} onRetry={() => void remote.reload()} />;
  const d = remote.data;
  const left = d.households - d.read - d.informed;
  return (
    <View className="lx-page">
      <View className="lx-card">
        <Text className="lx-card__title">{d.title}</Text>
        <Text className="lx-card__text">
          {d.gridName}：共 {d.households} 户，已读 {d.read} 户，入户告知 {d.informed} 户，待告知 {left} 户
        </Text>
      </View>
      {d.buildings.length === 0 ? (
        <EmptyView text="本网格的住户都已知晓" hint="已读或已入户告知的住户不再列出" />
      ) : (
        d.buildings.map((b) => (
          <View key={b.buildingId} className="lx-section">
            <View className="lx-section__head">
              <Text className="lx-section__title">{b.name}</Text>
              <Text className="lx-section__more">{b.households.length} 户未读</Text>
            </View>
            {b.households.map((h) => (
              <View key={h.room} className="lx-door__household">
                <View className="lx-door__who">
                  <Text className="lx-door__room">{h.room || '门牌未登记'}</Text>
                  <Text className="lx-row__meta">{h.residents.join('、')}</Text>
                </View>
                <Button
                  size="small"
                  type="primary"
                  fill="outline"
                  disabled={busy === `${b.buildingId}|${h.room}`}
                  onClick={() => void mark(b.buildingId, h.room)}
                >
                  标记已告知
                </Button>
              </View>
            ))}
          </View>
        ))
      )}
    </View>
  );
}

export default withPageRoot(DoorToDoorPage);
