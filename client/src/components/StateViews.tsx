/** The three states every page can be in besides "showing data": loading, empty, failed. */
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { canRetry } from '@/services/errors';
import { goBack } from '@/utils/nav';

export function LoadingView({ text = '正在加载…' }: { text?: string }) {
  return (
    <View className="lx-state" aria-busy>
      <View className="lx-state__spinner" />
      <Text className="lx-state__text">{text}</Text>
    </View>
  );
}

export function EmptyView({ text, hint, children }: { text: string; hint?: string; children?: ReactNode }) {
  return (
    <View className="lx-state">
      <View className="lx-state__icon">○</View>
      <Text className="lx-state__text">{text}</Text>
      {hint ? <Text className="lx-state__hint">{hint}</Text> : null}
      {children}
    </View>
  );
}

/** Whether 返回 has somewhere to go (goBack goes to 首页 otherwise); h5 has no stack before its router runs. */
function hasPageBehind(): boolean {
  try {
    return Taro.getCurrentPages().length > 1;
  } catch {
    return false;
  }
}

interface ErrorViewProps {
  /** the failure as the service answered it: its message is shown, its code decides the button */
  error?: { code: string; message: string };
  /** words of the page's own, for a failure that has no code (or over the failure's message) */
  message?: string;
  onRetry?: () => void;
}

/**
 * A failed load. With the failure's code it offers only what can help (services/errors.ts): 重试 when
 * asking again may answer differently (no network, a server fault), otherwise the way back, since a
 * refusal or a missing record answers the same every time. Without a code it offers 重试 when the
 * page can ask again, and the way back when it cannot (a page opened without what it needs).
 */
export function ErrorView({ error, message, onRetry }: ErrorViewProps) {
  // one way on, always: asking again where it can help, else back to where the user came from
  const retry = !!onRetry && (!error || canRetry(error.code));
  return (
    <View className="lx-state lx-state--error" role="alert">
      <View className="lx-state__icon">!</View>
      <Text className="lx-state__text">{message ?? error?.message ?? '加载失败'}</Text>
      <Button className="lx-state__retry" type="primary" fill="outline" size="large" onClick={retry ? onRetry : goBack}>
        {retry ? '重试' : hasPageBehind() ? '返回' : '返回首页'}
      </Button>
    </View>
  );
}
