/**
 * 签到 on an activity: by the organiser's rotating code (scanned with Taro.scanCode in the
 * mini-program; typed or pasted in the browser, where there is no camera scanner) or by location
 * inside the radius (Taro.getLocation: WeChat's, or the browser's geolocation in h5). A refusal stays
 * on the page in the server's words with what to do next, rather than a toast that is gone in 2 s.
 *
 * Offline (or when a send gets no answer) the check-in waits in the outbox (services/outbox.ts) and
 * goes by itself once the network is back; the page says so, and what the server then answers.
 */
import { useEffect, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import type { PayloadIn } from '@lx/types';
import { Field } from '@/components/Field';
import { TextInput } from '@/components/TextField';
import { NETWORK_CODE } from '@/services/cloud';
import { isOnline } from '@/services/network';
import { type Delivered, enqueueCheckIn, onDelivered, QUEUED_TEXT, queuedFor } from '@/services/outbox';
import { toast } from '@/utils/nav';
import { checkIn } from '../api';
import { BAD_CODE_TEXT, checkInHint, typedCode } from '../views';
import { ensurePrivacy } from '@/services/privacy';

const WEAPP = process.env.TARO_ENV === 'weapp';

interface Refusal {
  message: string;
  hint?: string;
}

type Method = { method: 'code'; code: string } | { method: 'location'; point: { lng: number; lat: number } };

export function CheckIn(p: { communityId: string; activityId: string; onDone: () => void }) {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal>();
  // a check-in kept for the network (also one from before a restart)
  const [waiting, setWaiting] = useState(() => !!queuedFor(p.activityId));
  const onDone = useRef(p.onDone);
  onDone.current = p.onDone;

  useEffect(
    () =>
      onDelivered((d: Delivered) => {
        if (d.entry.body.activityId !== p.activityId) return false;
        setWaiting(false);
        if (d.result.ok) {
          toast('已联网，签到成功');
          onDone.current();
        } else setRefusal({ message: d.result.message, hint: checkInHint(d.result.code) });
        return true;
      }),
    [p.activityId],
  );

  const queue = (body: PayloadIn<'party', 'checkIn'>) => {
    enqueueCheckIn(body);
    setWaiting(true);
  };

  const send = async (m: Method) => {
    if (busy) return;
    setRefusal(undefined);
    const body = { communityId: p.communityId, activityId: p.activityId, ...m } as PayloadIn<'party', 'checkIn'>;
    if (!isOnline()) return queue(body);
    setBusy(true);
    const res = await checkIn(body);
    setBusy(false);
    // no answer: it may or may not have landed, and a resend is harmless (a second one is refused)
    if (!res.ok && res.code === NETWORK_CODE) return queue(body);
    if (!res.ok) return setRefusal({ message: res.message, hint: checkInHint(res.code) });
    toast(res.data.method === 'location' ? `签到成功，距活动地点约 ${res.data.distanceM ?? 0} 米` : '签到成功');
    p.onDone();
  };

  const byTyped = () => {
    const text = typedCode(code);
    if (!text) return setRefusal({ message: BAD_CODE_TEXT });
    void send({ method: 'code', code: text });
  };
  const byScan = async () => {
    let text: string;
    if (!(await ensurePrivacy('camera'))) return; // the consent sheet first (services/privacy.ts)
    try {
      text = (await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })).result;
    } catch {
      return; // closed the scanner
    }
    void send({ method: 'code', code: text });
  };
  const byLocation = async () => {
    let point: { lng: number; lat: number };
    if (!(await ensurePrivacy('location'))) return; // the consent sheet first (services/privacy.ts)
    try {
      const at = await Taro.getLocation({ type: 'gcj02' });
      point = { lng: at.longitude, lat: at.latitude };
    } catch {
      return setRefusal({ message: '没有取得您的位置', hint: '请允许使用位置信息，或扫描组织者的签到码签到' });
    }
    void send({ method: 'location', point });
  };

  return (
    <View className="lx-section" aria-label="签到">
      <Text className="lx-section__title">签到</Text>
      {waiting ? (
        <View className="lx-banner lx-banner--warn" role="status">
          <Text>{QUEUED_TEXT}</Text>
        </View>
      ) : null}
      {refusal ? (
        <View className="lx-banner lx-banner--warn" role="alert">
          <Text>{refusal.message}</Text>
          {refusal.hint ? <Text className="lx-field__hint">{refusal.hint}</Text> : null}
        </View>
      ) : null}
      {WEAPP ? null : (
        <Field label="签到码" hint="输入组织者手机上的 6 位数字，或粘贴二维码的内容">
          <TextInput
            label="签到码"
            placeholder="6 位数字"
            maxlength={200}
            value={code}
            onInput={(e) => setCode(e.detail.value)}
          />
        </Field>
      )}
      <View className="lx-party__actions">
        {WEAPP ? (
          <Button type="primary" size="large" loading={busy} onClick={() => void byScan()}>
            扫码签到
          </Button>
        ) : (
          <Button type="primary" size="large" loading={busy} onClick={byTyped}>
            确认签到
          </Button>
        )}
        <Button type="primary" fill="outline" size="large" disabled={busy} onClick={() => void byLocation()}>
          定位签到
        </Button>
      </View>
    </View>
  );
}
