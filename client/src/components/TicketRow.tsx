/** One ticket in a list: what it is about, where, when, and how it stands. */
import { Image, Text, View } from '@tarojs/components';
import { type Audience, plainTerm, type TicketSummary } from '@lx/types';
import { formatRelative } from '@/utils/format';
import { DueCountdown } from './DueCountdown';
import { StatusTag, UrgentTag } from './StatusTag';

interface Props {
  ticket: TicketSummary;
  onClick: (t: TicketSummary) => void;
  /** handlers see the time left; residents see when they filed it */
  showDue?: boolean;
  /** the reporter's own list: a resolved ticket waits for their 评价 */
  askRating?: boolean;
  now?: number;
  /** residents read plain words (types/plain-words.ts), staff the office's */
  who?: Audience;
}

/** What a ticket is about and how it stands: the first lines of every ticket row (lists, 督办看板). */
export function TicketRowHead({
  ticket: t,
  who = 'staff',
}: {
  ticket: Pick<TicketSummary, 'categoryName' | 'urgency' | 'status' | 'description'>;
  who?: Audience;
}) {
  return (
    <>
      <View className="lx-row__head">
        <Text className="lx-row__title">{plainTerm(t.categoryName, who)}</Text>
        {t.urgency === 'urgent' ? <UrgentTag /> : null}
        <StatusTag status={t.status} who={who} />
      </View>
      <Text className="lx-row__desc">{t.description}</Text>
    </>
  );
}

export function TicketRow(props: Props) {
  const { ticket: t, onClick, showDue = false, askRating = false, now = Date.now(), who = 'staff' } = props;
  const showCountdown = showDue && (t.status === 'pending' || t.status === 'processing' || t.status === 'verifying');
  return (
    <View className="lx-row" hoverClass="lx-row--pressed" onClick={() => onClick(t)}>
      <View className="lx-row__main">
        <TicketRowHead ticket={t} who={who} />
        <Text className="lx-row__meta">{t.addressText}</Text>
        <View className="lx-row__foot">
          <Text className="lx-row__meta">编号 {t.no}</Text>
          <Text className="lx-row__meta">{formatRelative(t.createdAt, now)}</Text>
        </View>
        {showCountdown ? <DueCountdown dueAt={t.dueAt} overdue={t.overdue} now={now} /> : null}
        {askRating && t.status === 'resolved' ? (
          <Text className="lx-due lx-due--soon">
            {who === 'resident' ? '已处理完，请确认并评价 ›' : '已办结，请确认并评价 ›'}
          </Text>
        ) : null}
      </View>
      {t.thumb ? <Image className="lx-row__thumb" src={t.thumb} mode="aspectFill" lazyLoad /> : null}
    </View>
  );
}
