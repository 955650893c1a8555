/**
 * Every page's root, for 长辈模式 in weapp. h5 puts the `lx-elder` class on <html>, but a weapp page
 * cannot reach its `page` element from script, so the class must sit on a view that holds the whole
 * page: this one. Wrapping at the page's default export (not in its JSX) covers every return a page
 * has (its loading, error and empty views too) with one line per page:
 *
 *   export default withPageRoot(MyPage);
 *
 * In h5 it hands the page back unchanged: the DOM stays what it was and <html> already has the class.
 */
import type { ComponentType } from 'react';
import { View } from '@tarojs/components';
import { useElderMode } from '@/hooks/useElderMode';
import { OfflineBar } from './OfflineBar';
import { PrivacySheet } from './PrivacySheet';

export const PAGE_ROOT_CLASS = 'lx-page-root';

export function withPageRoot<P extends object>(Page: ComponentType<P>): ComponentType<P> {
  if (process.env.TARO_ENV === 'h5') return Page;
  function PageRoot(props: P) {
    const { elderClass } = useElderMode();
    return (
      <View className={elderClass ? `${PAGE_ROOT_CLASS} ${elderClass}` : PAGE_ROOT_CLASS}>
        <Page {...props} />
        {/* the privacy gate's consent sheet: a weapp app cannot draw over its pages (PrivacySheet.tsx) */}
        <PrivacySheet />
        {/* weapp: each page draws the offline bar itself (h5 has one over every page, from app.tsx) */}
        <OfflineBar />
      </View>
    );
  }
  PageRoot.displayName = `PageRoot(${Page.displayName ?? Page.name})`;
  return PageRoot;
}
