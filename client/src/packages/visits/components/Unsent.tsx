/** What was sent and got no answer, and the button that sends exactly that again (same requestId). */
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ClientFail } from '@/services/cloud';
import type { PendingSend } from '../draft';

export function Unsent({
  pending,
  error,
  busy,
  onRetry,
}: {
  pending: PendingSend;
  error: ClientFail | undefined;
  busy: boolean;
  onRetry: () => void;
}) {
  return (
    <View className="lx-visit-unsent" role="alert">
      <Text className="lx-visit-unsent__title">未发送：{pending.label}</Text>
      <Text className="lx-visit-unsent__hint">{error?.message ?? '上次没有收到回复，内容已保存在手机上'}</Text>
      <Button block size="large" type="primary" loading={busy} onClick={onRetry}>
        重新发送
      </Button>
    </View>
  );
}
