/** A ticket's history, oldest first, as residents and handlers both read it. */
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Step, Steps } from '@nutui/nutui-react-taro';
import { actionWords, type Audience, statusWords, type TimelineEntry } from '@lx/types';
import { formatDateTime } from '@/utils/format';

/** What an event carries besides its note: the department called, the rating, the check's result. */
function extraLine(e: TimelineEntry): string {
  if (e.department) return `派遣：${e.department}`;
  // the comment usually arrives as the event's note too: say it once
  if (e.rating)
    return `评价：${e.rating.label}${e.rating.comment && e.rating.comment !== e.note ? `，${e.rating.comment}` : ''}`;
  if (e.passed === true) return '核查通过';
  if (e.passed === false) return '核查未通过，退回重办';
  return '';
}

/** NutUI's Steps (Views only, so it renders in weapp), one dot per event; the newest is the current step. */
/** `who`: residents read each step in plain words (网格员已接单), staff in the office's (签收). */
export function Timeline({ entries, who = 'staff' }: { entries: TimelineEntry[]; who?: Audience }) {
  const ordered = [...entries].sort((a, b) => a.seq - b.seq);
  return (
    <Steps className="lx-timeline" direction="vertical" type="dot" status="dynamic" value={ordered.length}>
      {ordered.map((e, i) => (
        <Step
          key={e.seq}
          value={i + 1}
          title={
            <View className="lx-timeline__head">
              <Text className="lx-timeline__action">
                {who === 'resident' ? actionWords(e.action, who) : e.actionLabel}
              </Text>
              <Text className="lx-timeline__actor">{e.actorLabel}</Text>
            </View>
          }
          description={<EntryBody e={e} who={who} />}
        />
      ))}
    </Steps>
  );
}

function EntryBody({ e, who }: { e: TimelineEntry; who: Audience }) {
  return (
    <View className="lx-timeline__body">
      <Text className="lx-timeline__time">
        {formatDateTime(e.at)} · {statusWords(e.to, who)}
      </Text>
      {extraLine(e) ? <Text className="lx-timeline__extra">{extraLine(e)}</Text> : null}
      {e.note ? <Text className="lx-timeline__note">{e.note}</Text> : null}
      {e.photos.length ? (
        <View className="lx-photos lx-photos--small">
          {e.photos.map((src) => (
            <Image
              key={src}
              className="lx-photos__img"
              src={src}
              mode="aspectFill"
              onClick={() => void Taro.previewImage({ urls: e.photos, current: src })}
            />
          ))}
        </View>
      ) : null}
    </View>
  );
}
