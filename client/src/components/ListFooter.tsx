/** Below a list: 加载更多, or why there is nothing more. */
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ClientFail } from '@/services/cloud';

interface Props {
  hasMore: boolean;
  loadingMore: boolean;
  moreError?: ClientFail;
  onMore: () => void;
}

export function ListFooter({ hasMore, loadingMore, moreError, onMore }: Props) {
  if (moreError) {
    return (
      <View className="lx-footer">
        <Text className="lx-footer__text lx-footer__text--error">{moreError.message}</Text>
        <Button size="large" fill="outline" onClick={onMore}>
          重试
        </Button>
      </View>
    );
  }
  if (hasMore) {
    return (
      <View className="lx-footer">
        <Button size="large" fill="outline" block disabled={loadingMore} onClick={onMore}>
          {loadingMore ? '正在加载…' : '加载更多'}
        </Button>
      </View>
    );
  }
  return (
    <View className="lx-footer">
      <Text className="lx-footer__text">没有更多了</Text>
    </View>
  );
}
