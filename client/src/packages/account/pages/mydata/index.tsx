/** 我的数据: everything stored about me, its export, and 注销账号 (filled in by the next commit). */
import { Text, View } from '@tarojs/components';
import { withPageRoot } from '@/components/PageRoot';
import '../../privacy.scss';

function MyDataPage() {
  return (
    <View className="lx-page lx-privacy">
      <Text className="lx-privacy__lead">我的数据</Text>
    </View>
  );
}

export default withPageRoot(MyDataPage);
