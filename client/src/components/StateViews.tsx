/** The three states every page can be in besides "showing data": loading, empty, failed. */
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';

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

export function ErrorView({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <View className="lx-state lx-state--error" role="alert">
      <View className="lx-state__icon">!</View>
      <Text className="lx-state__text">{message}</Text>
      {onRetry ? (
        <Button className="lx-state__retry" type="primary" fill="outline" size="large" onClick={onRetry}>
          重试
        </Button>
      ) : null}
    </View>
  );
}
