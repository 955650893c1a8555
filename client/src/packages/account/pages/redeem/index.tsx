/**
 * 输入邀请码: staff join by a code an admin or their superior gave them, typed in or scanned (the
 * mini-program code opens this page with the code as `scene`).
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { RedeemPayload, ROLE_LABELS, type ResultOf } from '@lx/types';
import { Field, SubmitBar } from '@/components/Field';
import { withPageRoot } from '@/components/PageRoot';
import { TextInput } from '@/components/TextField';
import { setActiveRole, setMe } from '@/hooks/useMe';
import { useZodForm } from '@/hooks/useZodForm';
import { callCloud } from '@/services/cloud';
import { go, PAGES, toast } from '@/utils/nav';
import '../../account.scss';

function RedeemPage() {
  const { params } = useRouter();
  const form = useZodForm(RedeemPayload, { initial: { code: decodeURIComponent(params.scene ?? params.code ?? '') } });
  const [done, setDone] = useState<ResultOf<'org', 'redeem'>>();

  const submit = form.submit(async (payload) => {
    const res = await callCloud('org', 'redeem', payload);
    if (!res.ok) {
      form.setErrors({ code: res.message });
      toast(res.message);
      return;
    }
    setMe(res.data.me);
    const granted = res.data.me.roles.find((r) => r.role === res.data.role && r.orgName === res.data.orgName);
    if (granted) setActiveRole(granted);
    setDone(res.data);
  });

  if (done) {
    return (
      <View className="lx-page">
        <View className="lx-success">
          <Text className="lx-success__icon">✓</Text>
          <Text className="lx-success__text">
            您已成为{done.orgName}的{ROLE_LABELS[done.role]}
          </Text>
        </View>
        {done.role === 'gridWorker' ? (
          <Button block type="primary" size="xlarge" onClick={() => go(PAGES.queue)}>
            查看网格工单
          </Button>
        ) : (
          <Button block type="primary" size="xlarge" onClick={() => go(PAGES.me)}>
            返回我的
          </Button>
        )}
      </View>
    );
  }

  return (
    <View className="lx-page">
      <View className="lx-form">
        <Field label="邀请码" error={form.errors.code}>
          <TextInput
            label="邀请码"
            className="lx-code-input"
            placeholder="8 位邀请码"
            maxlength={9}
            value={form.values.code}
            onInput={(e) => form.set('code', e.detail.value.toUpperCase())}
          />
          <Text className="lx-field__hint">邀请码由管理员或上级工作人员生成，每个只能使用一次</Text>
        </Field>
      </View>
      <SubmitBar label="确认加入" busy={form.submitting} onSubmit={() => void submit()} />
    </View>
  );
}

export default withPageRoot(RedeemPage);
