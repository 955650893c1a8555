/**
 * Before a new ticket is filed: open tickets of the same category in the same building or close by,
 * from the last 7 days. Joining one (附议, for residents 我也遇到了) adds the resident's voice to it instead of filing the same
 * problem twice; the resident can still file a new one, or go back and change the form.
 */
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { SimilarTicket } from '@lx/types';
import { StatusTag } from '@/components/StatusTag';
import { formatRelative } from '@/utils/format';

interface Props {
  tickets: SimilarTicket[];
  /** the ticket being joined, while its request is under way */
  joining?: string;
  filing?: boolean;
  /** absent: the reader handles these tickets and cannot join them, only open them */
  onJoin?: (t: SimilarTicket) => void;
  onOpen: (t: SimilarTicket) => void;
  onFileAnyway: () => void;
  onBack: () => void;
  now?: number;
}

function where(t: SimilarTicket): string {
  if (t.sameBuilding) return '同一楼栋';
  if (typeof t.distanceM === 'number') return `相距约 ${Math.max(1, Math.round(t.distanceM))} 米`;
  return '附近';
}

/**
 * The words match the buttons below them: 点“我也遇到了” only when one of them has that button (not
 * the reporter's own ticket, nor one they already joined), else 查看进度.
 */
export function hintText(tickets: SimilarTicket[], canJoin: boolean): string {
  if (!canJoin) return '如果是同一个问题，请在原工单上继续办理，不要重复上报。';
  if (tickets.some((t) => !t.mine && !t.joined))
    return '如果是同一个问题，点“我也遇到了”就行，不用重复提交，处理进度同样会通知您。';
  return '您已经反映过同类问题，点“查看进度”就能看到处理到哪一步了，不用重复提交。';
}

export function SimilarHint(props: Props) {
  const { tickets, joining, filing, onJoin, onOpen, onFileAnyway, onBack, now = Date.now() } = props;
  const busy = !!joining || !!filing;
  return (
    <View className="lx-similar" role="alert">
      <Text className="lx-similar__title">附近已有人反映了同类问题</Text>
      <Text className="lx-similar__text">{hintText(tickets, !!onJoin)}</Text>
      {tickets.map((t) => (
        <View key={t.id} className="lx-similar__item">
          <View className="lx-row__head">
            <Text className="lx-row__title">{t.categoryName}</Text>
            <StatusTag status={t.status} who={onJoin ? 'resident' : 'staff'} />
          </View>
          {/* an anonymous ticket's text is not shown to neighbours */}
          <Text className="lx-row__desc">{t.description ?? '匿名反映，内容不公开'}</Text>
          <Text className="lx-row__meta">
            {t.addressText}（{where(t)}）
          </Text>
          <Text className="lx-row__meta">
            {formatRelative(t.createdAt, now)}
            {t.joinCount > 0 ? ` · 已有 ${t.joinCount} 人${onJoin ? '也遇到了' : '附议'}` : ''}
          </Text>
          {t.mine || t.joined || !onJoin ? (
            <Button className="lx-similar__join" size="large" fill="outline" block onClick={() => onOpen(t)}>
              {t.mine ? '这是您反映的，查看进度' : t.joined ? '您也遇到了，查看进度' : '查看这条'}
            </Button>
          ) : (
            <Button
              className="lx-similar__join"
              type="primary"
              size="large"
              block
              disabled={busy}
              onClick={() => onJoin(t)}
            >
              {joining === t.id ? '正在提交…' : '我也遇到了'}
            </Button>
          )}
        </View>
      ))}
      <Button className="lx-similar__anyway" size="large" fill="outline" block disabled={busy} onClick={onFileAnyway}>
        {filing ? '正在提交…' : '不是同一个问题，继续提交'}
      </Button>
      <Text className="lx-similar__back" onClick={() => !busy && onBack()}>
        返回修改
      </Text>
    </View>
  );
}
