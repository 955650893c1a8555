/**
 * 心愿详情 (?id=): the wish, its state in the resident's words (待社区审核 / 待认领 / 已认领 / 待确认
 * / 已完成 / 未通过 with the reason), who took it, how it was done, its steps, and the next step
 * that is mine (WishActions).
 */
import { Image, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { WishEvent } from '@lx/types';
import { withPageRoot } from '@/components/PageRoot';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { useMe } from '@/hooks/useMe';
import { useRemote } from '@/hooks/useRemote';
import { formatDateTime } from '@/utils/format';
import { wish, type WishView } from '../../api';
import { WishActions } from '../../components/WishActions';
import { residentWishLabel, WISH_TONES } from '../../views';
import '../../party.scss';

const STEP_WORDS: Record<WishEvent['action'], string> = {
  post: '居民点单',
  edit: '居民修改',
  approve: '社区审核通过',
  reject: '社区审核未通过',
  claim: '党员接单',
  complete: '党员完成',
  confirm: '居民确认完成',
};

function Completion({ c }: { c: NonNullable<WishView['completion']> }) {
  return (
    <View className="lx-section">
      <Text className="lx-section__title">完成情况</Text>
      {c.note ? <Text className="lx-card__text">{c.note}</Text> : null}
      {c.photos.length ? (
        <View className="lx-photos">
          {c.photos.map((src) => (
            <View key={src} className="lx-photos__cell">
              <Image
                className="lx-photos__img"
                src={src}
                mode="aspectFill"
                onClick={() => void Taro.previewImage({ urls: c.photos, current: src })}
              />
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}

function Steps({ history }: { history: WishEvent[] }) {
  return (
    <View className="lx-section" role="list" aria-label="办理经过">
      <Text className="lx-section__title">办理经过</Text>
      {history.map((e, i) => (
        <View key={`${e.action}-${e.at}-${i}`} className="lx-kv" role="listitem">
          <Text className="lx-kv__label">{formatDateTime(e.at).slice(5)}</Text>
          <Text className="lx-kv__value">{e.note ? `${STEP_WORDS[e.action]}：${e.note}` : STEP_WORDS[e.action]}</Text>
        </View>
      ))}
    </View>
  );
}

function WishPage() {
  const id = useRouter().params.id ?? '';
  const { me } = useMe();
  const w = useRemote(() => wish(id), [id]);
  if (w.loading && !w.data) return <LoadingView />;
  if (!w.data) return <ErrorView error={w.error} onRetry={() => void w.reload()} />;
  const d = w.data;
  const own = d.residentId === me?.id;
  return (
    <View className="lx-page lx-party">
      <View className="lx-card">
        <View className="lx-card__row">
          <Text className="lx-card__title">{d.title}</Text>
          <Text className={`lx-tag lx-tag--${WISH_TONES[d.status]}`}>
            {own ? residentWishLabel(d.status, d.statusLabel) : d.statusLabel}
          </Text>
        </View>
        <Text className="lx-card__text">{d.detail}</Text>
        {d.rejectReason ? <Text className="lx-card__text">{`未通过原因：${d.rejectReason}`}</Text> : null}
        {d.claimerName ? <Text className="lx-card__label">{`认领党员：${d.claimerName}`}</Text> : null}
        <WishActions w={d} own={own} onChanged={() => void w.reload()} />
      </View>
      {d.completion ? <Completion c={d.completion} /> : null}
      <Steps history={d.history} />
    </View>
  );
}

export default withPageRoot(WishPage);
