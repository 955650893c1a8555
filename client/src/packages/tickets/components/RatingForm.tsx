/**
 * 评价: 满意 / 基本满意 / 不满意 and a comment. 不满意 means the problem is not solved: the ticket goes
 * back to the handlers (反弹), and the form says so before the resident sends it.
 */
import { Text, View } from '@tarojs/components';
import { RATING_LABELS, RATING_SCORES, type RatingScore } from '@lx/types';
import { ChipGroup } from '@/components/ChipGroup';
import { NoteField } from '@/components/Field';
import { FieldError } from '@/components/FieldError';
import { useZodForm } from '@/hooks/useZodForm';
import { RatingInput } from '../forms';
import { FormButtons } from './FormButtons';

const COMMENT_MAX = 200;
const OPTIONS = RATING_SCORES.map((r) => ({ value: r, label: RATING_LABELS[r] }));

interface Props {
  busy: boolean;
  onSubmit: (input: { score: RatingScore; comment: string }) => void;
  onCancel: () => void;
}

export function RatingForm({ busy, onSubmit, onCancel }: Props) {
  const form = useZodForm(RatingInput, {
    initial: { score: undefined as RatingScore | undefined, comment: '' },
    oneLine: true,
  });
  const unsatisfied = form.values.score === 'unsatisfied';
  const submit = form.submit(onSubmit);

  return (
    <View className="lx-sheet" role="form" aria-label="评价">
      <Text className="lx-sheet__title">您对办理结果满意吗？</Text>
      <ChipGroup
        className="lx-rating"
        options={OPTIONS}
        value={form.values.score}
        onChange={(r) => form.set('score', r)}
        classOf={(o, on) => `lx-rating__choice lx-rating__choice--${o.value} ${on ? 'lx-rating__choice--active' : ''}`}
      />
      {unsatisfied ? <Text className="lx-field__hint lx-rating__warn">选择不满意，诉求将退回重新办理</Text> : null}
      <NoteField
        label="评价内容"
        optional={!unsatisfied}
        value={form.values.comment}
        placeholder={unsatisfied ? '请说一说哪里还没有解决' : '说说您的感受'}
        maxLength={COMMENT_MAX}
        onChange={(v) => form.set('comment', v)}
      />
      <FieldError text={form.error} />
      <FormButtons
        submitLabel="提交评价"
        busy={busy}
        onSubmit={() => void (busy ? undefined : submit())}
        onCancel={onCancel}
      />
    </View>
  );
}
