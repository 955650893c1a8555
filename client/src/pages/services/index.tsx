/** 办事: every service as a large entry; staff entries appear for the roles that use them. */
import { Text, View } from '@tarojs/components';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { hasRole, useMe } from '@/hooks/useMe';
import { go, PAGES } from '@/utils/nav';

interface Entry {
  title: string;
  hint: string;
  url: string;
  icon: string;
}

const RESIDENT_ENTRIES: Entry[] = [
  { title: '反映问题', hint: '拍照上报身边的问题，网格员限时办理', url: PAGES.fileTicket, icon: '报' },
  { title: '我的诉求', hint: '查看办理进度和结果', url: PAGES.myTickets, icon: '查' },
];
const GRID_WORKER_ENTRIES: Entry[] = [
  { title: '网格工单队列', hint: '签收、处置本网格的诉求', url: PAGES.queue, icon: '办' },
];

export default function Services() {
  const { me, error, loading, reload } = useMe();
  if (loading) return <LoadingView />;
  if (!me) return <ErrorView message={error?.message ?? '加载失败'} onRetry={() => void reload()} />;
  const entries = [...RESIDENT_ENTRIES, ...(hasRole(me, 'gridWorker') ? GRID_WORKER_ENTRIES : [])];
  return (
    <View className="lx-page">
      {entries.map((e) => (
        <View key={e.url} className="lx-entry" hoverClass="lx-row--pressed" onClick={() => go(e.url)}>
          <View className="lx-entry__icon">{e.icon}</View>
          <View className="lx-entry__body">
            <Text className="lx-entry__title">{e.title}</Text>
            <Text className="lx-entry__hint">{e.hint}</Text>
          </View>
          <Text className="lx-entry__arrow">›</Text>
        </View>
      ))}
    </View>
  );
}
