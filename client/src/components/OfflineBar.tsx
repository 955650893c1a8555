/**
 * The one offline bar: while the phone has no connection, every page says so in plain words at its
 * top, and that nothing typed is lost (forms keep their drafts, check-ins wait in the outbox). Its
 * size and colours come from the tokens, so 长辈模式 enlarges it like the rest of the page.
 *
 * h5 mounts it once from app.tsx (it is fixed to the top of the viewport over every page), drawn into
 * <body> rather than among the pages: Taro's h5 router hides the shown page once it is no longer the
 * last child of #app. A weapp page's DOM is its own, so there the per-page root is the place for it.
 */
import { createPortal } from 'react-dom';
import { Text, View } from '@tarojs/components';
import { useOnline } from '@/hooks/useOnline';
import './offline.scss';

const H5 = process.env.TARO_ENV === 'h5' && typeof document !== 'undefined';

/** h5: just under Taro's navigation bar, so its back arrow and title stay in sight and in reach. */
const underNavBar = (): number => document.getElementById('taro-navigation-bar')?.getBoundingClientRect().bottom ?? 0;

export const OFFLINE_TEXT = '网络已断开，已填写的内容会保存';

export function OfflineBar() {
  const online = useOnline();
  if (online) return null;
  const bar = (
    <View
      className="lx-offline-bar"
      role="status"
      aria-live="polite"
      style={H5 ? { top: `${underNavBar()}px` } : undefined}
    >
      <Text className="lx-offline-bar__text">{OFFLINE_TEXT}</Text>
    </View>
  );
  return H5 ? createPortal(bar, document.body) : bar;
}
