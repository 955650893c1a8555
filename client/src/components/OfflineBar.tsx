/**
 * The one offline bar: while the phone has no connection, every page says so in plain words at its
 * top, and that nothing typed is lost (forms keep their drafts, check-ins wait in the outbox). Its
 * size and colours come from the tokens, so 长辈模式 enlarges it like the rest of the page.
 *
 * h5 mounts it once from app.tsx (it is fixed to the top of the viewport over every page). A weapp
 * page's DOM is its own, so there the per-page root (components/PageRoot.tsx) is the place for it.
 */
import { Text, View } from '@tarojs/components';
import { useOnline } from '@/hooks/useOnline';
import './offline.scss';

export const OFFLINE_TEXT = '网络已断开，已填写的内容会保存';

export function OfflineBar() {
  const online = useOnline();
  if (online) return null;
  return (
    <View className="lx-offline-bar" role="status" aria-live="polite">
      <Text className="lx-offline-bar__text">{OFFLINE_TEXT}</Text>
    </View>
  );
}
