/**
 * 连心卡 on 首页: her grid's people and the community's number, names and numbers in sight, one tap
 * to call (the full card, with hours and sharing, stays one tap further: account/pages/card).
 */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { LianxinCard } from '@lx/types';
import type { Remote } from '@/hooks/useRemote';
import { go, PAGES, toast } from '@/utils/nav';

/** The people a resident most often needs first; the full card lists the rest. */
const FIRST_DUTIES = ['网格员', '网格长'];
const SHOWN = 2;

export function callPhone(phone: string) {
  Taro.makePhoneCall({ phoneNumber: phone }).catch(() => toast(`请拨打 ${phone}`));
}

function CallRow({ title, name, phone }: { title: string; name: string; phone: string }) {
  return (
    <View
      className="lx-cell lx-cell--whole"
      hoverClass="lx-row--pressed"
      onClick={() => callPhone(phone)}
      aria-label={`拨打${title}${name}的电话 ${phone}`}
    >
      <Text className="lx-cell__title">
        {title} {name}
      </Text>
      {/* the number itself, unbroken: she may dial it from another phone */}
      <Text className="lx-cell__value">{phone} 拨打</Text>
    </View>
  );
}

export function HomeLianxinCard({ card }: { card: Remote<LianxinCard | null> }) {
  const c = card.data;
  if (!c) return null;
  const people = [...c.people].sort((a, b) => rank(a.duty) - rank(b.duty)).slice(0, SHOWN);
  return (
    <View className="lx-section">
      <View className="lx-section__head">
        <Text className="lx-section__title">连心卡 · {c.gridName}</Text>
        <Text className="lx-section__more" onClick={() => go(PAGES.card)}>
          全部 ›
        </Text>
      </View>
      <View className="lx-cells">
        {people.map((p) => (
          <CallRow key={`${p.duty}-${p.name}`} title={p.duty} name={p.name} phone={p.phone} />
        ))}
        {c.communityHotline ? <CallRow title="社区" name={c.communityName} phone={c.communityHotline} /> : null}
      </View>
    </View>
  );
}

function rank(duty: string): number {
  const i = FIRST_DUTIES.indexOf(duty);
  return i < 0 ? FIRST_DUTIES.length : i;
}
