/** 绑定住址: choose community → compound → building, save, and go back to where the user came from. */
import { View } from '@tarojs/components';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { setMe, useMe } from '@/hooks/useMe';
import { callCloud } from '@/services/cloud';
import { goBack, toast } from '@/utils/nav';
import { AddressPicker } from '../../components/AddressPicker';

export default function AddressPage() {
  const { me, error, loading, reload } = useMe();
  if (loading) return <LoadingView />;
  if (!me) return <ErrorView message={error?.message ?? '加载失败'} onRetry={() => void reload()} />;
  return (
    <View className="lx-page">
      <AddressPicker
        current={me.address}
        loadChildren={(parentId) => callCloud('org', 'children', parentId ? { parentId } : {})}
        save={(payload) => callCloud('org', 'bindAddress', payload)}
        onSaved={(updated) => {
          setMe(updated);
          toast('住址已保存');
          goBack();
        }}
      />
    </View>
  );
}
