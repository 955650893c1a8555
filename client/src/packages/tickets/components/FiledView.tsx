/**
 * After filing: a screen, not a toast that the next page hides. It says in plain words what happens
 * next: the number, who will handle it (the grid's 网格员 by name when the 连心卡 knows them), and by
 * when, with 查看进度 and 返回首页.
 */
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { dueWords, type LianxinCard, type TicketDetail } from '@lx/types';

interface Props {
  no: string;
  /** the new ticket as tickets.detail answers it (absent while loading or if it failed) */
  ticket?: TicketDetail;
  /** her grid's 连心卡: names the worker when the ticket went to that grid */
  card?: LianxinCard | null;
  onOpen: () => void;
  onHome: () => void;
}

const WORKER_DUTIES = ['网格员', '网格长'];

/** Who will handle it, as a resident says it: "凤凰城社区第一网格的网格员 王秀兰". */
export function handlerWords(t: TicketDetail | undefined, card: LianxinCard | null | undefined): string {
  if (!t) return '所在网格的网格员';
  if (t.level !== 'grid') return `${t.handlerOrgName}的工作人员`;
  const people = card && card.gridId === t.handlerOrgId ? card.people : [];
  // the grid's own worker: 网格员, or the 网格长 where one person is both
  const worker = WORKER_DUTIES.map((d) => people.find((p) => p.duty === d)).find(Boolean);
  return worker ? `${t.handlerOrgName}的${worker.duty} ${worker.name}` : `${t.handlerOrgName}的网格员`;
}

export function FiledView({ no, ticket, card, onOpen, onHome }: Props) {
  return (
    <View role="status">
      <Text className="lx-banner lx-banner--ok">已经提交，我们会尽快处理</Text>
      <View className="lx-card">
        <View className="lx-kv">
          <Text className="lx-kv__label">编号</Text>
          <Text className="lx-kv__value">{no}</Text>
        </View>
        <View className="lx-kv">
          <Text className="lx-kv__label">谁来处理</Text>
          <Text className="lx-kv__value">{handlerWords(ticket, card)}</Text>
        </View>
        {ticket ? (
          <View className="lx-kv">
            <Text className="lx-kv__label">预计处理完</Text>
            <Text className="lx-kv__value">{dueWords(ticket.dueAt)}</Text>
          </View>
        ) : null}
      </View>
      <Text className="lx-under-button">网格员接单、处理完时都会通知您，您也可以随时查看进度。</Text>
      <Button className="lx-big-button" type="primary" size="large" block onClick={onOpen}>
        查看进度
      </Button>
      <Button size="large" fill="outline" block onClick={onHome}>
        返回首页
      </Button>
    </View>
  );
}
