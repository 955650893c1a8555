import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';

export default function Home() {
  return (
    <View>
      <Button type="primary">我要反映</Button>
    </View>
  );
}
