/**
 * One of my registrations: the community, its state (待审核 / 已报到 / 待再次报到 / 未通过 with the
 * reason / 已撤销), and what I may do: 再次报到 when it is due, 撤销报到 with a reason, 重新报到
 * after a rejection or withdrawal.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { MEMBERSHIP_TYPE_LABELS, RereportPayload, WithdrawPayload } from '@lx/types';
import { SubmitBar } from '@/components/Field';
import { ReasonForm } from '@/components/ReasonForm';
import { useZodForm } from '@/hooks/useZodForm';
import { toast } from '@/utils/nav';
import { type RegistrationView, rereport, withdraw } from '../api';
import { registrationLine } from '../views';
import { DetailsFields, detailsFrom } from './DetailsFields';

function WithdrawForm({ r, onDone }: { r: RegistrationView; onDone: () => void }) {
  return (
    <ReasonForm
      schema={WithdrawPayload}
      fixed={{ communityId: r.communityId }}
      label="撤销原因"
      placeholder="例如：搬离本社区"
      confirm="确认撤销"
      doneText="已撤销报到"
      send={(data) => withdraw(data.communityId, data.reason)}
      onDone={onDone}
      className="lx-form"
    />
  );
}

function RereportForm({ r, onDone }: { r: RegistrationView; onDone: () => void }) {
  const form = useZodForm(RereportPayload, {
    initial: { communityId: r.communityId, ...detailsFrom(r) },
    toastInvalid: true,
  });
  const send = form.submit(async (data) => {
    const res = await rereport(data);
    if (!res.ok) return toast(res.message);
    toast('已再次报到');
    onDone();
  });
  return (
    <View className="lx-form">
      <Text className="lx-card__text">信息有变化的请修改，没有变化直接提交</Text>
      <DetailsFields form={form} />
      <SubmitBar label="确认再次报到" busy={form.submitting} onSubmit={() => void send()} />
    </View>
  );
}

type Open = 'rereport' | 'withdraw' | undefined;

export function RegistrationCard(p: {
  r: RegistrationView;
  now: number;
  onChanged: () => void;
  onAgain: (r: RegistrationView) => void;
}) {
  const { r } = p;
  const [open, setOpen] = useState<Open>();
  const line = registrationLine(r, p.now);
  const done = () => {
    setOpen(undefined);
    p.onChanged();
  };
  const toggle = (o: Open) => setOpen((cur) => (cur === o ? undefined : o));
  return (
    <View className="lx-card" role="listitem" aria-label={`${r.communityName} ${line.label}`}>
      <View className="lx-card__row">
        <Text className="lx-card__title">{r.communityName}</Text>
        <Text className={`lx-tag lx-tag--${line.tone}`}>{line.label}</Text>
      </View>
      {line.detail ? <Text className="lx-card__text">{line.detail}</Text> : null}
      <Text className="lx-card__label">
        {MEMBERSHIP_TYPE_LABELS[r.type]} · {r.workUnit} · {r.partyOrg}
      </Text>
      <View className="lx-party__actions">
        {line.rereport ? (
          <Button type="primary" size="large" onClick={() => toggle('rereport')}>
            再次报到
          </Button>
        ) : null}
        {line.withdraw ? (
          <Button type="default" size="large" onClick={() => toggle('withdraw')}>
            撤销报到
          </Button>
        ) : null}
        {line.again ? (
          <Button type="primary" fill="outline" size="large" onClick={() => p.onAgain(r)}>
            重新报到
          </Button>
        ) : null}
      </View>
      {open === 'rereport' ? <RereportForm r={r} onDone={done} /> : null}
      {open === 'withdraw' ? <WithdrawForm r={r} onDone={done} /> : null}
    </View>
  );
}
