/**
 * 输入邀请码: staff join by a code an admin or their superior gave them, typed in or scanned (the
 * mini-program code opens this page with the code as `scene`).
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { ROLE_LABELS, type ResultOf } from '@lx/types';
import { TextInput } from '@/components/TextField';
import { setActiveRole, setMe } from '@/hooks/useMe';
import { callCloud } from '@/services/cloud';
import { go, PAGES, toast } from '@/utils/nav';
import '../../account.scss';

export default function RedeemPage() {
  const { params } = useRouter();
  const [code, setCode] = useState(decodeURIComponent(params.scene ?? params.code ?? ''));
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<ResultOf<'org', 'redeem'>>();

  const submit = async () => {
    if (busy) return;
    if (!code.trim()) {
      setError('请输入邀请码');
      return;
    }
    setBusy(true);
    const res = await callCloud('org', 'redeem', { code });
    setBusy(false);
    if (!res.ok) {
      setError(res.message);
      toast(res.message);
      return;
    }
    setMe(res.data.me);
    const granted = res.data.me.roles.find((r) => r.role === res.data.role && r.orgName === res.data.orgName);
    if (granted) setActiveRole(granted);
    setDone(res.data);
  };

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
        <View className="lx-field">
          <Text className="lx-field__label">邀请码</Text>
          <TextInput
            label="邀请码"
            className="lx-code-input"
            placeholder="8 位邀请码"
            maxlength={9}
            value={code}
            onInput={(e) => {
              setCode(e.detail.value.toUpperCase());
              setError('');
            }}
          />
          {error ? <Text className="lx-field__error">{error}</Text> : null}
          <Text className="lx-field__hint">邀请码由管理员或上级工作人员生成，每个只能使用一次</Text>
        </View>
      </View>
      <View className="lx-under-button">
        <Button block type="primary" size="xlarge" loading={busy} onClick={() => void submit()}>
          确认加入
        </Button>
      </View>
    </View>
  );
}
