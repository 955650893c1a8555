/**
 * 编辑 under a post: how many members it takes, what they do, and whether it is open for claims.
 * savePost is a creating action (a new post has no id), so useZodForm gives it its requestId; the
 * server refuses a capacity below the members already holding it (PARTY.CAPACITY_BELOW_CLAIMED).
 */
import { Text, View } from '@tarojs/components';
import { SavePostPayload } from '@lx/types';
import { Field, NoteField, SubmitBar, SwitchField } from '@/components/Field';
import { TextInput } from '@/components/TextField';
import { useZodForm } from '@/hooks/useZodForm';
import { toast } from '@/utils/nav';
import { type PostView, savePost } from '../../staffApi';

export function PostEditor({ post, onSaved }: { post: PostView; onSaved: () => void }) {
  const form = useZodForm(SavePostPayload, {
    initial: { capacity: String(post.capacity), description: post.description, active: post.active },
    toInput: (v) => ({
      communityId: post.communityId,
      postId: post._id,
      category: post.category,
      title: post.title,
      description: v.description,
      capacity: v.capacity.trim() === '' ? undefined : Number(v.capacity),
      active: v.active,
    }),
  });
  const send = form.submit(async (data) => {
    const res = await savePost(data);
    if (!res.ok) return toast(res.message);
    form.done();
    toast('岗位已保存');
    onSaved();
  });
  return (
    <View className="lx-party-staff__reason">
      <Field label="岗位人数" error={form.errors.capacity} hint={`已有 ${post.claimed} 人认领，不能少于这个数`}>
        <View className="lx-party-staff__inline">
          <TextInput
            label="岗位人数"
            type="number"
            value={form.values.capacity}
            onInput={(e) => form.set('capacity', e.detail.value)}
          />
          <Text className="lx-field__hint">人</Text>
        </View>
      </Field>
      <NoteField
        label="岗位职责"
        value={form.values.description}
        placeholder="这个岗位做什么、多久一次"
        maxLength={300}
        onChange={(v) => form.set('description', v)}
      />
      <SwitchField
        label="开放认领"
        hint="关闭后党员不能再认领，已认领的不受影响"
        checked={form.values.active}
        onChange={(on) => form.set('active', on)}
      />
      <SubmitBar label="保存岗位" busy={form.submitting} onSubmit={() => void send()} />
    </View>
  );
}
