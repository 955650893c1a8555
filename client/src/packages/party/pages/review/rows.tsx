/**
 * 报到审核's rows: a registration (通过 / 退回 while pending; 档案 and 撤销 once approved) and a
 * 红黄牌 member (档案). Every refusal asks for its reason (StaffReasonForm).
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { CARD_LABELS, DismissPayload, ReviewPayload } from '@lx/types';
import { toast } from '@/utils/nav';
import { StaffReasonForm } from '../../components/StaffReasonForm';
import { type CardView, dismissMember, type RegistrationView, reviewRegistration } from '../../staffApi';
import { MemberRecordPanel } from './MemberRecordPanel';
import { cardLine, registrationLines } from './reviewView';

type Open = 'none' | 'reject' | 'dismiss' | 'record';

function Link({ text, danger, onClick }: { text: string; danger?: boolean; onClick: () => void }) {
  return (
    <View
      role="button"
      className={`lx-party-staff__link ${danger ? 'lx-party-staff__link--danger' : ''}`}
      onClick={onClick}
    >
      {text}
    </View>
  );
}

export function RegistrationRow({ r, onChanged }: { r: RegistrationView; onChanged: () => void }) {
  const [open, setOpen] = useState<Open>('none');
  const [busy, setBusy] = useState(false);
  const [who, where] = registrationLines(r);
  const ids = { communityId: r.communityId, userId: r.userId };
  const approve = async () => {
    if (busy) return;
    setBusy(true);
    const res = await reviewRegistration({ ...ids, decision: 'approve' });
    setBusy(false);
    if (!res.ok) return toast(res.message);
    toast(`已通过${r.name}的报到`);
    onChanged();
  };
  const done = () => {
    setOpen('none');
    onChanged();
  };
  const toggle = (o: Open) => setOpen((was) => (was === o ? 'none' : o));
  return (
    <View className="lx-entry" role="listitem" aria-label={r.name}>
      <View className="lx-entry__body">
        <Text className="lx-entry__title">{r.name}</Text>
        <Text className="lx-entry__hint">{who}</Text>
        <Text className={`lx-entry__hint ${r.overdue ? 'lx-text-error' : ''}`}>{where}</Text>
        {r.status === 'pending' ? (
          <View className="lx-party-staff__actions">
            <Button type="primary" size="large" loading={busy} onClick={() => void approve()}>
              通过
            </Button>
            <Button type="default" size="large" onClick={() => toggle('reject')}>
              退回
            </Button>
          </View>
        ) : (
          <View className="lx-party-staff__actions">
            <Link text={open === 'record' ? '收起档案' : '档案'} onClick={() => toggle('record')} />
            <Link text="撤销" danger onClick={() => toggle('dismiss')} />
          </View>
        )}
        {open === 'reject' ? (
          <StaffReasonForm
            schema={ReviewPayload}
            fixed={{ ...ids, decision: 'reject' }}
            label="退回原因"
            placeholder="例如：所在党组织信息不完整"
            confirm="确认退回"
            doneText="已退回"
            send={reviewRegistration}
            onDone={done}
            onCancel={() => setOpen('none')}
          />
        ) : null}
        {open === 'dismiss' ? (
          <StaffReasonForm
            schema={DismissPayload}
            fixed={ids}
            label="撤销原因"
            placeholder="例如：已迁出本社区"
            confirm="确认撤销"
            doneText="已撤销报到"
            send={dismissMember}
            onDone={done}
            onCancel={() => setOpen('none')}
          />
        ) : null}
        {open === 'record' ? <MemberRecordPanel {...ids} /> : null}
      </View>
    </View>
  );
}

export function CardRow({ c }: { c: CardView }) {
  const [open, setOpen] = useState(false);
  return (
    <View className="lx-entry" role="listitem" aria-label={c.name}>
      <View className="lx-entry__body">
        <View className="lx-party-staff__inline">
          <Text className="lx-entry__title">{c.name}</Text>
          <Text className={`lx-tag ${c.color === 'red' ? 'lx-tag--danger' : 'lx-tag--warn'}`}>
            {CARD_LABELS[c.color]}
          </Text>
        </View>
        <Text className="lx-entry__hint">{cardLine(c)}</Text>
        <Text className="lx-entry__hint">
          {c.phone} · {c.workUnit}
        </Text>
        <Link text={open ? '收起档案' : '档案'} onClick={() => setOpen(!open)} />
        {open ? <MemberRecordPanel communityId={c.communityId} userId={c.userId} /> : null}
      </View>
    </View>
  );
}
