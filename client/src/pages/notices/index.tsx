/** 通知: notices arrive in a later release; until then the page says so plainly. */
import { View } from '@tarojs/components';
import { EmptyView } from '@/components/StateViews';

export default function Notices() {
  return (
    <View className="lx-page">
      <EmptyView text="暂无通知" hint="社区和街道发布的通知公告会显示在这里" />
    </View>
  );
}
