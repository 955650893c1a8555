/**
 * One ticket on the supervisor's board: who holds it, how late it is, and 催办 right there (or, on the
 * 待核查 view, 去核查; on the 不予受理 view, the refusal's reason and 去复核: 退回重办 is on the ticket's page).
 */
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { type BoardRow as Row, LEVEL_LABELS } from '@lx/types';
import { TicketRowHead } from '@/components/TicketRow';
import { formatDateTime } from '@/utils/format';

interface Props {
  row: Row;
  /** on the 待核查 view the row's button opens the ticket for its 核查 instead of urging */
  verifying?: boolean;
  /** on the 不予受理 view the row shows why it was refused, and its button opens the ticket for review */
  rejected?: boolean;
  urging: boolean;
  onOpen: () => void;
  onUrge: () => void;
}

export function lateText(hours: number): string {
  if (hours < 1) return '刚刚超期';
  if (hours < 48) return `超期 ${Math.floor(hours)} 小时`;
  return `超期 ${Math.floor(hours / 24)} 天`;
}

function Foot({ row: t, rejected }: { row: Row; rejected: boolean }) {
  if (rejected && t.rejection) {
    return (
      <View className="lx-board-row__foot">
        <Text className="lx-row__meta">不予受理理由：{t.rejection.reason}</Text>
        <Text className="lx-row__meta">{formatDateTime(t.rejection.at)}</Text>
      </View>
    );
  }
  return (
    <View className="lx-board-row__foot">
      {t.overdueHours >= 0 ? <Text className="lx-due lx-due--over">{lateText(t.overdueHours)}</Text> : null}
      {t.urgeCount > 0 ? <Text className="lx-row__meta">已催办 {t.urgeCount} 次</Text> : null}
    </View>
  );
}

export function BoardRow({ row: t, verifying = false, rejected = false, urging, onOpen, onUrge }: Props) {
  return (
    <View className="lx-row lx-board-row" hoverClass="lx-row--pressed" onClick={onOpen}>
      <View className="lx-row__main">
        <TicketRowHead ticket={t} />
        <Text className="lx-row__meta">
          {t.handlerOrgName}（{LEVEL_LABELS[t.level]}）
        </Text>
        <Text className="lx-row__meta">编号 {t.no}</Text>
        <Foot row={t} rejected={rejected} />
        <View
          className="lx-board-row__action"
          onClick={(e) => {
            // the row opens the ticket; the button only urges
            e.stopPropagation();
          }}
        >
          {verifying || rejected ? (
            <Button size="large" type="primary" block onClick={onOpen}>
              {rejected ? '去复核' : '去核查'}
            </Button>
          ) : (
            <Button size="large" type="primary" fill="outline" block disabled={urging} onClick={onUrge}>
              {urging ? '正在催办…' : '催办'}
            </Button>
          )}
        </View>
      </View>
    </View>
  );
}
