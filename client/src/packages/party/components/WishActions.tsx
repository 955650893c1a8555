/**
 * What the caller may do next on a wish (the server's `can`): 接单 for a member, 完成 with a note
 * or photos for its claimer, 确认完成 and 修改 for its resident. A step the server refuses (a wish
 * closed or taken meanwhile) is said in its words and the wish reloaded.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { CompleteWishPayload, EditWishPayload, isWishClosed, MAX_WISH_PHOTOS } from '@lx/types';
import { NoteField, SubmitBar } from '@/components/Field';
import { FieldError } from '@/components/FieldError';
import { PhotoPicker } from '@/components/PhotoPicker';
import { usePhotos } from '@/hooks/usePhotos';
import { useZodForm } from '@/hooks/useZodForm';
import { type CloudResult, uploadPhoto } from '@/services/cloud';
import { toast } from '@/utils/nav';
import { claimWish, completeWish, confirmWish, editWish, type WishView } from '../api';
import { WishFields } from './WishFields';

function CompleteForm({ w, onDone }: { w: WishView; onDone: (res: CloudResult<WishView>) => void }) {
  const form = useZodForm(CompleteWishPayload, {
    initial: { communityId: w.communityId, wishId: w._id, note: '' },
    toInput: (v) => ({ ...v, photos: photos.fileIDs }),
    oneLine: true,
  });
  const photos = usePhotos(uploadPhoto, { max: MAX_WISH_PHOTOS, onChange: () => form.setErrors({}) });
  const send = form.submit(async (data) => onDone(await completeWish(data)));
  return (
    <View className="lx-form">
      <NoteField
        label="完成情况"
        optional
        value={form.values.note}
        placeholder="做了什么，居民怎么说"
        maxLength={300}
        onChange={(v) => form.set('note', v)}
      />
      <PhotoPicker photos={photos} />
      <FieldError text={form.error} />
      <SubmitBar label="提交完成" busy={form.submitting || photos.uploading > 0} onSubmit={() => void send()} />
    </View>
  );
}

function EditForm({ w, onDone }: { w: WishView; onDone: (res: CloudResult<WishView>) => void }) {
  const form = useZodForm(EditWishPayload, { initial: { wishId: w._id, title: w.title, detail: w.detail } });
  const send = form.submit(async (data) => onDone(await editWish(data)));
  return (
    <View className="lx-form">
      <WishFields form={form} />
      <SubmitBar label="保存修改" busy={form.submitting} onSubmit={() => void send()} />
    </View>
  );
}

type Open = 'complete' | 'edit' | undefined;

export function WishActions({ w, own, onChanged }: { w: WishView; own: boolean; onChanged: () => void }) {
  const [open, setOpen] = useState<Open>();
  const [busy, setBusy] = useState(false);
  const answered = (okText: string) => (res: CloudResult<unknown>) => {
    setOpen(undefined);
    toast(res.ok ? okText : res.message);
    onChanged();
  };
  const step = async (run: () => Promise<CloudResult<unknown>>, okText: string) => {
    setBusy(true);
    const res = await run();
    setBusy(false);
    answered(okText)(res);
  };
  const { can } = w;
  return (
    <View>
      <View className="lx-party__actions">
        {can.claim ? (
          <Button
            type="primary"
            size="large"
            loading={busy}
            onClick={() => void step(() => claimWish(w.communityId, w._id), '接单成功')}
          >
            接单
          </Button>
        ) : null}
        {can.complete && open !== 'complete' ? (
          <Button type="primary" size="large" onClick={() => setOpen('complete')}>
            完成心愿
          </Button>
        ) : null}
        {can.confirm ? (
          <Button
            type="primary"
            size="large"
            loading={busy}
            onClick={() => void step(() => confirmWish(w._id), '已确认完成')}
          >
            确认完成
          </Button>
        ) : null}
        {can.edit && open !== 'edit' ? (
          <Button type="default" size="large" onClick={() => setOpen('edit')}>
            修改心愿
          </Button>
        ) : null}
      </View>
      {open === 'complete' ? <CompleteForm w={w} onDone={answered('已提交，等待居民确认')} /> : null}
      {open === 'edit' ? <EditForm w={w} onDone={answered('已保存')} /> : null}
      {own && isWishClosed(w.status) ? <Text className="lx-card__label">该微心愿已关闭，不能再修改</Text> : null}
    </View>
  );
}
