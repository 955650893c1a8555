/** Everything about one ticket that its reader may see, and its history. */
import type { ReactNode } from 'react';
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { LEVEL_LABELS, TICKET_SOURCE_LABELS, type TicketDetail, URGENCY_LABELS, isOpen } from '@lx/types';
import { StatusTag } from '@/components/StatusTag';
import { Timeline } from '@/components/Timeline';
import { dueCountdown, formatDateTime } from '@/utils/format';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className="lx-kv">
      <Text className="lx-kv__label">{label}</Text>
      <Text className="lx-kv__value">{children}</Text>
    </View>
  );
}

export function TicketDetailView({ ticket: t, now = Date.now() }: { ticket: TicketDetail; now?: number }) {
  const open = isOpen(t.status);
  const due = open ? dueCountdown(t.dueAt, now) : undefined;
  return (
    <View>
      <View className="lx-card">
        <View className="lx-card__row">
          <Text className="lx-card__title">{t.categoryName}</Text>
          <StatusTag status={t.status} />
        </View>
        <Text className="lx-detail__desc">{t.description}</Text>
        {t.photos.length ? (
          <View className="lx-photos">
            {t.photos.map((src) => (
              <View key={src} className="lx-photos__cell">
                <Image
                  className="lx-photos__img"
                  src={src}
                  mode="aspectFill"
                  onClick={() => void Taro.previewImage({ urls: t.photos, current: src })}
                />
              </View>
            ))}
          </View>
        ) : null}
      </View>

      <View className="lx-card">
        <Field label="编号">{t.no}</Field>
        <Field label="紧急程度">{URGENCY_LABELS[t.urgency]}</Field>
        <Field label="地址">{t.addressText}</Field>
        <Field label="提交时间">{formatDateTime(t.createdAt)}</Field>
        <Field label="办理时限">
          {formatDateTime(t.dueAt)}
          {due ? `（${t.overdue || due.overdue ? '已超期' : due.text}）` : ''}
        </Field>
        <Field label="办理单位">
          {t.handlerOrgName}（{LEVEL_LABELS[t.level]}）
        </Field>
        <Field label="来源">{TICKET_SOURCE_LABELS[t.source]}</Field>
        {t.anonymous ? <Field label="反映人">匿名</Field> : null}
        {!t.anonymous && t.reporter ? (
          <Field label="反映人">
            {t.reporter.name}
            {t.reporter.phone ? ` ${t.reporter.phone}` : ''}
          </Field>
        ) : null}
      </View>

      <View className="lx-card">
        <Text className="lx-card__title">办理进度</Text>
        <Timeline entries={t.timeline} />
      </View>
    </View>
  );
}
