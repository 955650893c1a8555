/**
 * The resident's unread notices: the 通知 tab's badge and the home page's scrolling bar. Every page
 * that learns a new count (home, the notices tab, a detail page after marking read) sets the badge,
 * so it is right whichever tab the user is on.
 */
import Taro from '@tarojs/taro';
import type { ResultOf } from '@lx/types';
import { useRemote } from '@/hooks/useRemote';
import { callCloud } from '@/services/cloud';

/** index of 通知 in app.config's tab bar */
const NOTICES_TAB = 2;

export function showNoticeBadge(count: number): void {
  // the tab bar is not there on a page opened outside it (h5 deep link): nothing to do
  const done = () => undefined;
  if (count > 0) {
    void Taro.setTabBarBadge({ index: NOTICES_TAB, text: count > 99 ? '99+' : String(count) }).catch(done);
  } else {
    void Taro.removeTabBarBadge({ index: NOTICES_TAB }).catch(done);
  }
}

export async function refreshNoticeBadge(): Promise<void> {
  const res = await callCloud('notices', 'unread', {});
  if (res.ok) showNoticeBadge(res.data.count);
}

export function useNoticeUnread(enabled = true) {
  return useRemote<ResultOf<'notices', 'unread'>>(
    async () => {
      const res = await callCloud('notices', 'unread', {});
      if (res.ok) showNoticeBadge(res.data.count);
      return res;
    },
    [],
    enabled,
  );
}
