/** 取消 and the confirming button under an action form, large enough for an older thumb. */
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';

interface Props {
  submitLabel: string;
  busy: boolean;
  busyLabel?: string;
  danger?: boolean;
  onSubmit: () => void;
  onCancel: () => void;
}

export function FormButtons({ submitLabel, busy, busyLabel = '正在提交…', danger, onSubmit, onCancel }: Props) {
  return (
    <View className="lx-sheet__buttons">
      <Button className="lx-sheet__cancel" size="large" fill="outline" disabled={busy} onClick={onCancel}>
        取消
      </Button>
      <Button
        className="lx-sheet__submit"
        type={danger ? 'danger' : 'primary'}
        size="large"
        disabled={busy}
        onClick={onSubmit}
      >
        {busy ? busyLabel : submitLabel}
      </Button>
    </View>
  );
}
