/**
 * 个人资料: nickname, avatar (WeChat's chooseAvatar; in the browser, pick an image), and a phone only
 * if the user wants to give one (it can be removed again). Only what the user changed is sent.
 */
import { useState } from 'react';
import { Button as TaroButton, Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { type Me, UpdateProfilePayload } from '@lx/types';
import { Field, SubmitBar } from '@/components/Field';
import { withPageRoot } from '@/components/PageRoot';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { TextInput } from '@/components/TextField';
import { setMe, useMe } from '@/hooks/useMe';
import { useZodForm } from '@/hooks/useZodForm';
import { callCloud, type UploadedPhoto, uploadPhoto } from '@/services/cloud';
import { goBack, toast } from '@/utils/nav';
import '../../account.scss';
import { ensurePrivacy } from '@/services/privacy';

/** The avatar: WeChat's own chooser in the mini-program, an image from the album in the browser. */
function AvatarPicker({
  me,
  avatar,
  onPicked,
}: {
  me: Me;
  avatar?: UploadedPhoto;
  onPicked: (p: UploadedPhoto) => void;
}) {
  const upload = async (path: string) => {
    const res = await uploadPhoto(path);
    if (res.ok) onPicked(res.data);
    else toast(res.message);
  };
  const pickInBrowser = async () => {
    if (!(await ensurePrivacy('album'))) return; // the consent sheet first (services/privacy.ts)
    try {
      const res = await Taro.chooseImage({ count: 1, sizeType: ['compressed'] });
      if (res.tempFilePaths[0]) await upload(res.tempFilePaths[0]);
    } catch {
      // cancelled
    }
  };
  const shown = avatar?.url ?? me.avatarUrl;
  const face = shown ? (
    <Image className="lx-avatar" src={shown} mode="aspectFill" />
  ) : (
    <View className="lx-avatar">{[...me.nickname][0] ?? '我'}</View>
  );
  return process.env.TARO_ENV === 'weapp' ? (
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
  );
}

function ProfileForm({ me }: { me: Me }) {
  const [avatar, setAvatar] = useState<UploadedPhoto>();
  const form = useZodForm(UpdateProfilePayload, {
    initial: { nickname: me.nickname, phone: me.phone ?? '' },
    toInput: (v, touched) => ({
      ...(touched.nickname ? { nickname: v.nickname.trim() } : {}),
      ...(touched.phone ? { phone: v.phone.trim() } : {}),
      ...(avatar ? { avatar: avatar.fileID } : {}),
    }),
    toastInvalid: true,
  });
  const save = form.submit(async (payload) => {
    const res = await callCloud('org', 'updateProfile', payload);
    if (!res.ok) {
      form.setErrors(res.fields ?? {});
      toast(res.message);
      return;
    }
    setMe(res.data);
    toast('已保存');
    goBack();
  });

  return (
    <View className="lx-page">
      <View className="lx-form">
        <View className="lx-field lx-field--inline">
          <Text className="lx-field__label">头像</Text>
          <AvatarPicker me={me} avatar={avatar} onPicked={setAvatar} />
        </View>
        <Field label="昵称" error={form.errors.nickname}>
          <TextInput
            label="昵称"
            type="nickname"
            placeholder="您的称呼"
            maxlength={20}
            value={form.values.nickname}
            onInput={(e) => form.set('nickname', e.detail.value)}
          />
        </Field>
        <Field label="手机号码" optional="（选填，清空即删除）" error={form.errors.phone}>
          <TextInput
            label="手机号码"
            type="number"
            placeholder="方便网格员联系您"
            maxlength={11}
            value={form.values.phone}
            onInput={(e) => form.set('phone', e.detail.value)}
          />
        </Field>
      </View>
      <SubmitBar label="保存" busy={form.submitting} onSubmit={() => void save()} />
    </View>
  );
}

function ProfilePage() {
  const { me, error, loading, reload } = useMe();
  if (loading) return <LoadingView />;
  if (!me) return <ErrorView error={error} onRetry={() => void reload()} />;
  return <ProfileForm me={me} />;
}

export default withPageRoot(ProfilePage);
