/**
 * 发布 asks first, with the reach: "将通知 7 户" (households, as the door-to-door list counts them,
 * notices.reach). A published notice cannot be edited, so the author sees how far it goes before it
 * goes; nothing is saved until they say yes.
 */
import Taro from '@tarojs/taro';
import { callCloud } from '@/services/cloud';
import { toast } from '@/utils/nav';

/** the confirm button: not 发布, which the page's own button already says */
export const CONFIRM_PUBLISH = '确定发布';

export function publishQuestion(households: number, scheduled: boolean): string {
  const reach = households > 0 ? `将通知 ${households} 户。` : '将通知 0 户：该范围内还没有绑定住址的居民。';
  return `${reach}${scheduled ? '到设定的时间自动发布，' : ''}发布后不能再修改，确定发布吗？`;
}

/** Whether the author confirmed publishing to `targets` (a failed count says why and stops). */
export async function confirmPublish(targets: string[], scheduled: boolean): Promise<boolean> {
  const reach = await callCloud('notices', 'reach', { targets });
  if (!reach.ok) {
    toast(reach.message);
    return false;
  }
  const answer = await Taro.showModal({
    title: scheduled ? '确认定时发布' : '确认发布',
    content: publishQuestion(reach.data.households, scheduled),
    confirmText: CONFIRM_PUBLISH,
    cancelText: '再看看',
  });
  return answer.confirm;
}
