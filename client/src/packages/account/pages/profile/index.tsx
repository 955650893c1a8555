/**
 * 个人资料: nickname, avatar (WeChat's chooseAvatar; in the browser, pick an image), and a phone only
 * if the user wants to give one (it can be removed again).
 */
import { useState } from 'react';
import { Button as TaroButton, Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { UpdateProfilePayload } from '@lx/types';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { TextInput } from '@/components/TextField';
import { setMe, useMe } from '@/hooks/useMe';
import { callCloud, uploadPhoto } from '@/services/cloud';
import { fieldErrors } from '@/utils/form';
import { goBack, toast } from '@/utils/nav';
import '../../account.scss';

export default function ProfilePage() {
  const { me, error, loading, reload } = useMe();
  const [nickname, setNickname] = useState<string>();
  const [phone, setPhone] = useState<string>();
  const [avatar, setAvatar] = useState<{ fileID: string; url: string }>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  if (loading) return <LoadingView />;
  if (!me) return <ErrorView message={error?.message ?? '加载失败'} onRetry={() => void reload()} />;

  const upload = async (path: string) => {
    const res = await uploadPhoto(path);
    if (res.ok) setAvatar(res.data);
    else toast(res.message);
  };
  const pickInBrowser = async () => {
    try {
      const res = await Taro.chooseImage({ count: 1, sizeType: ['compressed'] });
      if (res.tempFilePaths[0]) await upload(res.tempFilePaths[0]);
    } catch {
      // cancelled
    }
  };

  const save = async () => {
    if (busy) return;
    const payload = {
      ...(nickname !== undefined ? { nickname: nickname.trim() } : {}),
      ...(phone !== undefined ? { phone: phone.trim() } : {}),
      ...(avatar ? { avatar: avatar.fileID } : {}),
    };
    const parsed = UpdateProfilePayload.safeParse(payload);
    if (!parsed.success) {
      const errs = fieldErrors(parsed.error.issues);
      setErrors(errs);
      toast(Object.values(errs)[0] ?? '填写的内容有误');
      return;
    }
    setBusy(true);
    const res = await callCloud('org', 'updateProfile', parsed.data);
    setBusy(false);
    if (!res.ok) {
      setErrors(res.fields ?? {});
      toast(res.message);
      return;
    }
    setMe(res.data);
    toast('已保存');
    goBack();
  };

  const shown = avatar?.url ?? me.avatarUrl;
  const face = shown ? (
    <Image className="lx-avatar" src={shown} mode="aspectFill" />
  ) : (
    <View className="lx-avatar">{[...me.nickname][0] ?? '我'}</View>
  );
  return (
    <View className="lx-page">
      <View className="lx-form">
        <View className="lx-field lx-field--inline">
          <Text className="lx-field__label">头像</Text>
          {process.env.TARO_ENV === 'weapp' ? (
            <TaroButton
              className="lx-avatar-button"
              openType="chooseAvatar"
              onChooseAvatar={(e) => void upload(e.detail.avatarUrl)}
            >
              {face}
            </TaroButton>
          ) : (
            <View onClick={() => void pickInBrowser()} aria-label="更换头像">
              {face}
            </View>
          )}
        </View>
        <View className="lx-field">
          <Text className="lx-field__label">昵称</Text>
          <TextInput
            label="昵称"
            type="nickname"
            placeholder="您的称呼"
            maxlength={20}
            value={nickname ?? me.nickname}
            onInput={(e) => setNickname(e.detail.value)}
          />
          {errors.nickname ? <Text className="lx-field__error">{errors.nickname}</Text> : null}
        </View>
        <View className="lx-field">
          <Text className="lx-field__label">
            手机号码<Text className="lx-field__optional">（选填，清空即删除）</Text>
          </Text>
          <TextInput
            label="手机号码"
            type="number"
            placeholder="方便网格员联系您"
            maxlength={11}
            value={phone ?? me.phone ?? ''}
            onInput={(e) => setPhone(e.detail.value)}
          />
          {errors.phone ? <Text className="lx-field__error">{errors.phone}</Text> : null}
        </View>
      </View>
      <View className="lx-under-button">
        <Button block type="primary" size="xlarge" loading={busy} onClick={() => void save()}>
          保存
        </Button>
      </View>
    </View>
  );
}
