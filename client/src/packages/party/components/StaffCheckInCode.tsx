/**
 * 签到码 on the organiser's phone: the QR the members scan (weapp), the six digits under it for
 * those who type (h5), and when it changes. Shown only while check-in is open (the server refuses a
 * code outside the window).
 */
import { Text, View } from '@tarojs/components';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { countdownText } from '../pages/roster/codeClock';
import { useRotatingCode } from '../pages/roster/useRotatingCode';
import { StaffQrCode } from './StaffQrCode';

export function StaffCheckInCode({ communityId, activityId }: { communityId: string; activityId: string }) {
  const { code, seconds, error, retry } = useRotatingCode(communityId, activityId, true);
  if (error) return <ErrorView error={error} onRetry={retry} />;
  if (!code) return <LoadingView text="正在生成签到码…" />;
  return (
    <View className="lx-party-code" aria-live="polite">
      <StaffQrCode text={code.qrText} label="签到二维码" />
      <Text className="lx-party-code__digits" aria-label="签到码">
        {code.code}
      </Text>
      <Text className="lx-party-code__hint">{countdownText(seconds)}</Text>
      <Text className="lx-party-code__hint">党员扫码或输入数字签到；截图转发约一分钟后失效</Text>
    </View>
  );
}
