/**
 * The consent sheet of the privacy gate (services/privacy.ts): what the app is about to use and why,
 * a link to the 隐私政策, and two big buttons. It shows only when the gate asks.
 *
 * h5 mounts it once (app.tsx). weapp cannot draw over its pages from the app, so every page's root
 * (components/PageRoot.tsx) carries one, and the sheet of the page on top answers. In
 * weapp 同意 is WeChat's agreePrivacyAuthorization button: WeChat checks that this very button was
 * tapped before it lets a pending protected call go on.
 */
import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { onReadingPolicy, registerPrivacySheet, type PrivacyAsk } from '@/services/privacy';
import { go, PAGES } from '@/utils/nav';
import './privacy.scss';

export const AGREE_BUTTON_ID = 'lx-privacy-agree';

const WHAT: Record<PrivacyAsk['kind'], string> = {
  location: '您的位置（用于在地图上选择住址、活动定位签到）',
  album: '您选择的照片（用于反映问题、记录处理情况）',
  camera: '相机拍摄的照片（用于反映问题、记录处理情况）',
  phone: '您的手机号（用于网格员联系您）',
  any: '您的位置、照片等信息（仅在您使用相应功能时）',
};

export function PrivacySheet() {
  const [ask, setAsk] = useState<PrivacyAsk | null>(null);
  const [reading, setReading] = useState(false);
  // weapp: one sheet per page, found by its page; h5: the app's one, over every page
  const page = process.env.TARO_ENV === 'weapp' ? Taro.getCurrentInstance().router?.path : undefined;
  useEffect(() => registerPrivacySheet(setAsk, page), [page]);
  useEffect(() => onReadingPolicy(setReading), []);
  if (!ask || reading) return null;
  const answer = (agree: boolean) => {
    setAsk(null);
    ask.answer(agree);
  };
  const weapp = process.env.TARO_ENV === 'weapp';
  return (
    <View className="lx-privacy-mask">
      <View className="lx-privacy-sheet" role="dialog" aria-label="隐私保护提示">
        <Text className="lx-privacy-sheet__title">隐私保护提示</Text>
        <Text className="lx-privacy-sheet__text">
          为了提供这项服务，连心网格需要使用{WHAT[ask.kind]}。我们只收集办事必需的信息，只给处理您事项的工作人员看。
        </Text>
        <Text className="lx-privacy-sheet__link" onClick={() => go(PAGES.privacy)}>
          查看《隐私政策》
        </Text>
        <Button
          block
          type="primary"
          size="large"
          className="lx-big-button"
          id={AGREE_BUTTON_ID}
          openType={weapp ? 'agreePrivacyAuthorization' : undefined}
          onClick={() => answer(true)}
        >
          同意并继续
        </Button>
        <Button block fill="outline" size="large" className="lx-privacy-sheet__no" onClick={() => answer(false)}>
          不同意
        </Button>
      </View>
    </View>
  );
}
