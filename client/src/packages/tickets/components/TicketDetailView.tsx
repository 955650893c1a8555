/** Everything about one ticket that its reader may see, and its history. */
import type { ReactNode } from 'react';
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  type Audience,
  dueWords,
  LEVEL_LABELS,
  plainTerm,
  TICKET_SOURCE_LABELS,
  type TicketDetail,
  URGENCY_LABELS,
  isOpen,
} from '@lx/types';
import { DueCountdown } from '@/components/DueCountdown';
import { StatusTag, UrgentTag } from '@/components/StatusTag';
import { Timeline } from '@/components/Timeline';
import { formatDateTime } from '@/utils/format';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className="lx-kv">
      <Text className="lx-kv__label">{label}</Text>
      <View className="lx-kv__value">{children}</View>
    </View>
  );
}

function Photos({ urls }: { urls: string[] }) {
  if (!urls.length) return null;
  return (
    <View className="lx-photos">
      {urls.map((src) => (
        <View key={src} className="lx-photos__cell">
          <Image
            className="lx-photos__img"
            src={src}
            mode="aspectFill"
            aria-label="查看大图"
            onClick={() => void Taro.previewImage({ urls, current: src })}
          />
        </View>
      ))}
    </View>
  );
}

/** The reporter as the server returns them: only to current handlers and supervisors. */
function Reporter({ t }: { t: TicketDetail }) {
  if (t.anonymous) return <Field label="反映人">匿名</Field>;
  if (!t.reporter) return null;
  const phone = t.reporter.phone;
  return (
    <Field label="反映人">
      <View className="lx-reporter">
        <Text>
          {t.reporter.name}
          {phone ? ` ${phone}` : ''}
        </Text>
        {phone ? (
          <Text className="lx-reporter__call" onClick={() => void Taro.makePhoneCall({ phoneNumber: phone })}>
            拨打
          </Text>
        ) : null}
      </View>
    </Field>
  );
}

/** One line above the details that says what matters most now. */
function Banner({ t, now, who }: { t: TicketDetail; now: number; who: Audience }) {
  const plain = who === 'resident';
  if (isOpen(t.status) && (t.overdue || t.dueAt <= now))
    return (
      <Text className="lx-banner lx-banner--over">
        {plain ? '已超过预计处理时间，我们已提醒办理人员' : '已超过办理时限，请尽快办理'}
      </Text>
    );
  if (t.status === 'verifying')
    return (
      <Text className="lx-banner lx-banner--warn">
        {plain ? '已处理完，正在核实处理结果' : '已办结，等待督导员核查'}
      </Text>
    );
  if (t.status === 'resolved' && t.mine)
    return (
      <Text className="lx-banner lx-banner--ok">
        {plain ? '问题已处理完，请确认是否解决并评价' : '问题已办结，请确认是否解决并评价'}
      </Text>
    );
  return null;
}

/** The ticket's facts: number, place, deadline, who handles it, and what has happened to it. */
function Facts({ t, now, who }: { t: TicketDetail; now: number; who: Audience }) {
  const term = (office: string) => plainTerm(office, who);
  const open = isOpen(t.status);
  return (
    <View className="lx-card">
      <Field label="编号">{t.no}</Field>
      <Field label="紧急程度">{URGENCY_LABELS[t.urgency]}</Field>
      <Field label="地址">{t.addressText}</Field>
      <Field label="提交时间">{formatDateTime(t.createdAt)}</Field>
      {open ? (
        <Field label={term('办理时限')}>
          <Text>{who === 'resident' ? dueWords(t.dueAt) : formatDateTime(t.dueAt)}</Text>
          <View>
            <DueCountdown dueAt={t.dueAt} overdue={t.overdue} now={now} />
          </View>
        </Field>
      ) : null}
      <Field label={term('办理单位')}>
        {t.handlerOrgName}（{LEVEL_LABELS[t.level]}）
      </Field>
      {t.department ? <Field label="派遣部门">{t.department}</Field> : null}
      {t.resolvedAt ? (
        <Field label={who === 'resident' ? '处理完的时间' : '办结时间'}>
          {formatDateTime(t.resolvedAt)}
          {t.resolvedLevel && who === 'staff' ? `（${LEVEL_LABELS[t.resolvedLevel]}办结）` : ''}
        </Field>
      ) : null}
      <Field label="来源">{TICKET_SOURCE_LABELS[t.source]}</Field>
      <Reporter t={t} />
      {t.rating ? (
        <Field label="评价">
          {t.rating.label}
          {t.rating.comment ? `：${t.rating.comment}` : ''}
        </Field>
      ) : null}
      {t.reopenCount > 0 ? <Field label={term('反弹')}>重新办理 {t.reopenCount} 次</Field> : null}
      {t.urgeCount > 0 ? <Field label={who === 'resident' ? '催过' : '催办'}>{t.urgeCount} 次</Field> : null}
      {t.joinCount > 0 ? <Field label={term('附议')}>{t.joinCount} 人</Field> : null}
    </View>
  );
}

interface Props {
  ticket: TicketDetail;
  now?: number;
  /** the action panel, placed right under the problem so nobody scrolls past the timeline to act */
  actions?: ReactNode;
  /** the reporter or a supporter reads plain words (types/plain-words.ts); handlers the office's */
  who?: Audience;
}

export function TicketDetailView({ ticket: t, now = Date.now(), actions, who = 'staff' }: Props) {
  const term = (office: string) => plainTerm(office, who);
  return (
    <View>
      <Banner t={t} now={now} who={who} />
      <View className="lx-card">
        <View className="lx-card__row">
          <Text className="lx-card__title">{term(t.categoryName)}</Text>
          <View className="lx-card__tags">
            {t.urgency === 'urgent' ? <UrgentTag /> : null}
            <StatusTag status={t.status} who={who} />
          </View>
        </View>
        <Text className="lx-detail__desc">{t.description}</Text>
        <Photos urls={t.photos} />
      </View>

      {actions}

      <Facts t={t} now={now} who={who} />

      <View className="lx-card">
        <Text className="lx-card__title">办理进度</Text>
        <Timeline entries={t.timeline} who={who} />
      </View>
    </View>
  );
}
