/**
 * 党员报到's form: the community reported to (the home community first; a 流动 member may pick
 * another) and the member's details. The contract's schema checks it and gives the requestId
 * (useZodForm), so a second tap after 网络不给力 registers once.
 */
import { Text, View } from '@tarojs/components';
import { RegisterPayload } from '@lx/types';
import { asOptions, ChipGroup } from '@/components/ChipGroup';
import { Field, SubmitBar } from '@/components/Field';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { useRemote } from '@/hooks/useRemote';
import { useZodForm } from '@/hooks/useZodForm';
import { toast } from '@/utils/nav';
import { communities, register } from '../api';
import { DetailsFields, type DetailsValues } from './DetailsFields';

export function RegisterForm(p: { initial: DetailsValues & { communityId: string }; onDone: () => void }) {
  const list = useRemote(communities, []);
  const form = useZodForm(RegisterPayload, { initial: p.initial, toastInvalid: true });
  const send = form.submit(async (data) => {
    const res = await register(data);
    if (!res.ok) return toast(res.message);
    form.done();
    toast('已提交，请等待社区审核');
    p.onDone();
  });
  if (list.loading) return <LoadingView text="正在加载社区…" />;
  if (!list.data) return <ErrorView error={list.error} onRetry={() => void list.reload()} />;
  return (
    <View className="lx-form">
      <Text className="lx-section__title">填写报到信息</Text>
      <Field label="报到社区" hint="一般是您居住的社区" error={form.errors.communityId}>
        <ChipGroup
          label="报到社区"
          options={asOptions(list.data)}
          value={form.values.communityId || undefined}
          onChange={(v) => form.set('communityId', v)}
        />
      </Field>
      <DetailsFields form={form} />
      <SubmitBar label="提交报到" busy={form.submitting} onSubmit={() => void send()} />
    </View>
  );
}
