/**
 * 评价: 满意 / 基本满意 / 不满意 and a comment. 不满意 means the problem is not solved: the ticket goes
 * back to the handlers (反弹), and the form says so before the resident sends it.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { TextBox } from '@/components/TextField';
import { RATING_LABELS, RATING_SCORES, type RatingScore } from '@lx/types';
import { FormButtons } from './FormButtons';
const COMMENT_MAX = 200;

interface Props {
  busy: boolean;
  onSubmit: (input: { score: RatingScore; comment: string }) => void;
  onCancel: () => void;
}

export function RatingForm({ busy, onSubmit, onCancel }: Props) {
  const [rating, setRating] = useState<RatingScore>();
  const [comment, setComment] = useState('');
  const [error, setError] = useState('');

  const submit = () => {
    if (busy) return;
    if (!rating) {
      setError('请选择满意程度');
      return;
    }
    if (rating === 'unsatisfied' && !comment.trim()) {
      setError('请说一说哪里不满意，办理人员会重新办理');
      return;
    }
    onSubmit({ score: rating, comment: comment.trim() });
  };

  return (
    <View className="lx-sheet" role="form" aria-label="评价">
      <Text className="lx-sheet__title">您对办理结果满意吗？</Text>
      <View className="lx-rating" role="radiogroup">
        {RATING_SCORES.map((r) => (
          <View
            key={r}
            role="radio"
            aria-checked={r === rating}
            className={`lx-rating__choice lx-rating__choice--${r} ${r === rating ? 'lx-rating__choice--active' : ''}`}
            onClick={() => {
              setRating(r);
              setError('');
            }}
          >
            {RATING_LABELS[r]}
          </View>
        ))}
      </View>
      {rating === 'unsatisfied' ? (
        <Text className="lx-field__hint lx-rating__warn">选择不满意，诉求将退回重新办理</Text>
      ) : null}
      <View className="lx-field">
        <Text className="lx-field__label">
          评价内容{rating === 'unsatisfied' ? null : <Text className="lx-field__optional">（选填）</Text>}
        </Text>
        <TextBox
          label="评价内容"
          value={comment}
          placeholder={rating === 'unsatisfied' ? '请说一说哪里还没有解决' : '说说您的感受'}
          maxLength={COMMENT_MAX}
          autoSize
          onChange={(v: string) => {
            setComment(v);
            setError('');
          }}
        />
      </View>
      {error ? <Text className="lx-field__error">{error}</Text> : null}
      <FormButtons submitLabel="提交评价" busy={busy} onSubmit={submit} onCancel={onCancel} />
    </View>
  );
}
