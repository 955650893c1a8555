/**
 * Claiming a post signs the 认岗协议: its text as the server keeps it, a box to tick and 确认认领.
 * The schema refuses an unticked box (请先阅读并签署认岗协议) and gives the requestId, so a retry
 * claims once.
 */
import { Text, View } from '@tarojs/components';
import { ClaimPostPayload } from '@lx/types';
import { SubmitBar } from '@/components/Field';
import { FieldError } from '@/components/FieldError';
import { useZodForm } from '@/hooks/useZodForm';
import { toast } from '@/utils/nav';
import { claimPost, type PostView } from '../api';

export function ClaimForm(p: { communityId: string; post: PostView; agreement: string; onDone: () => void }) {
  const form = useZodForm(ClaimPostPayload, {
    initial: { communityId: p.communityId, postId: p.post._id, signed: false as boolean },
    oneLine: true,
  });
  const send = form.submit(async (data) => {
    const res = await claimPost(data);
    if (!res.ok) return toast(res.message);
    form.done();
    toast('认岗成功');
    p.onDone();
  });
  const on = form.values.signed;
  return (
    <View className="lx-form">
      <Text className="lx-section__title">认岗协议</Text>
      <Text className="lx-party__agreement">{p.agreement}</Text>
      <View className="lx-party__check" role="checkbox" aria-checked={on} onClick={() => form.set('signed', !on)}>
        <View className={`lx-party__box ${on ? 'lx-party__box--on' : ''}`}>{on ? '✓' : ''}</View>
        <Text>我已阅读并签署认岗协议</Text>
      </View>
      <FieldError text={form.error} />
      <SubmitBar label="确认认领" busy={form.submitting} onSubmit={() => void send()} />
    </View>
  );
}
