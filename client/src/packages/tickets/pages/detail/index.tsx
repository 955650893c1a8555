/** 诉求详情: one ticket, opened from a list or right after filing it. */
import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { useRemote } from '@/hooks/useRemote';
import { callCloud } from '@/services/cloud';
import { TicketDetailView } from '../../components/TicketDetailView';

export default function TicketDetailPage() {
  const id = useRouter().params.id ?? '';
  const detail = useRemote(() => callCloud('tickets', 'detail', { id }), [id]);
  usePullDownRefresh(() => {
    void detail.reload().finally(() => Taro.stopPullDownRefresh());
  });

  if (detail.loading && !detail.data) return <LoadingView />;
  if (!detail.data)
    return <ErrorView message={detail.error?.message ?? '加载失败'} onRetry={() => void detail.reload()} />;
  return (
    <View className="lx-page">
      <TicketDetailView ticket={detail.data} />
    </View>
  );
}
