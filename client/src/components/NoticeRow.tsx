/** One notice in the residents' list: category, pinned, unread dot, title, first words, who and when. */
import { Text, View } from '@tarojs/components';
import type { NoticeSummary } from '@lx/types';
import { formatRelative } from '@/utils/format';
import { type TagTone, ToneTag } from './StatusTag';
import './notices.scss';

const TONE: Record<NoticeSummary['category'], TagTone> = {
  urgent: 'danger',
  notice: 'info',
  policy: 'warn',
  activity: 'ok',
  reminder: 'muted',
};

export function NoticeRow({
  notice: n,
  onClick,
  now = Date.now(),
}: {
  notice: NoticeSummary;
  onClick: () => void;
  now?: number;
}) {
  return (
    <View
      className={`lx-row lx-notice ${n.read ? 'lx-notice--read' : ''}`}
      hoverClass="lx-row--pressed"
      onClick={onClick}
    >
      <View className="lx-row__main">
        <View className="lx-row__head">
          {n.read ? null : <View className="lx-notice__dot" aria-label="未读" />}
          <Text className="lx-row__title">{n.title}</Text>
        </View>
        <View className="lx-notice__tags">
          <ToneTag tone={TONE[n.category]}>{n.categoryLabel}</ToneTag>
          {n.pinned ? <ToneTag tone="warn">置顶</ToneTag> : null}
          {n.read ? null : <Text className="lx-notice__unread">未读</Text>}
        </View>
        <Text className="lx-row__desc">{n.excerpt}</Text>
        <View className="lx-row__foot">
          <Text className="lx-row__meta">{n.orgName}</Text>
          <Text className="lx-row__meta">{formatRelative(n.publishAt, now)}</Text>
        </View>
      </View>
    </View>
  );
}
