/** Shown where a bound home address is needed: the ticket goes to the grid of that building. */
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { go, PAGES } from '@/utils/nav';

export function AddressPrompt() {
  return (
    <View className="lx-card lx-card--notice">
      <Text className="lx-card__title">绑定住址后即可反映问题</Text>
      <Text className="lx-card__text">您反映的问题会直接交给您所在网格的网格员办理。</Text>
      <Button type="primary" size="large" block onClick={() => go(PAGES.address)}>
        绑定住址
      </Button>
    </View>
  );
}
