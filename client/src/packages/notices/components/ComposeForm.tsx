/**
 * Compose a notice: title, category, scope (the author's own street or community, or parts of it),
 * body as paragraphs with pictures, pinned, publish now or at a time, optional expiry, and a preview
 * of what residents will see. Validates with the function's own schema (SaveNoticePayload).
 */
import { useMemo, useState } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import {
  MAX_NOTICE_IMAGES,
  NOTICE_CATEGORIES,
  NOTICE_CATEGORY_LABELS,
  type PayloadIn,
  SaveNoticePayload,
  type ScopeOption,
  TITLE_MAX,
} from '@lx/types';
import { ChipGroup } from '@/components/ChipGroup';
import { Field, SwitchField } from '@/components/Field';
import { PhotoPicker } from '@/components/PhotoPicker';
import { TextBox, TextInput } from '@/components/TextField';
import { type Upload, usePhotos } from '@/hooks/usePhotos';
import { useZodForm } from '@/hooks/useZodForm';
import { ComposePreview } from './ComposePreview';
import { ComposeSchedule } from './ComposeSchedule';
import { ComposeScope } from './ComposeScope';
import { type ComposeValues, type LoadBuildings, toPayload } from './composeValues';

interface Props {
  initial: ComposeValues;
  options: ScopeOption[];
  upload: Upload;
  /** publish: save then publish */
  onSubmit: (payload: PayloadIn<'notices', 'save'>, publish: boolean) => Promise<void>;
  orgName: string;
  /** drills into a grid's buildings; without it the picker stops at grids */
  loadBuildings?: LoadBuildings;
  /** names of targets not among `options` (a reopened draft's buildings) */
  initialNames?: Record<string, string>;
}

const CATEGORY_OPTIONS = NOTICE_CATEGORIES.map((c) => ({
  value: c,
  label: NOTICE_CATEGORY_LABELS[c],
  danger: c === 'urgent',
}));

export function ComposeForm({ initial, options, upload, onSubmit, orgName, loadBuildings, initialNames }: Props) {
  const [loaded, setLoaded] = useState<ScopeOption[]>([]);
  const known = useMemo(() => new Map([...options, ...loaded].map((o) => [o.id, o])), [options, loaded]);
  const [preview, setPreview] = useState(false);
  const images = usePhotos(upload, {
    max: MAX_NOTICE_IMAGES,
    initial: initial.images,
    onChange: () => form.clear('body'),
  });
  const form = useZodForm(SaveNoticePayload, {
    initial: () => initial,
    toInput: (v) => toPayload({ ...v, images: images.photos }),
    errorOf: { text: 'body' },
    toastInvalid: true,
  });
  const { values: v, set, errors } = form;
  const submit = form.submit(
    (payload, publish: boolean) => onSubmit(payload, publish),
    () => setPreview(false),
  );
  const publishButton = (
    <Button type="primary" size="large" disabled={form.submitting} onClick={() => void submit(true)}>
      {form.submitting ? '正在发布…' : v.publishDate ? '定时发布' : '发布'}
    </Button>
  );

  if (preview) {
    const back = (
      <Button size="large" fill="outline" onClick={() => setPreview(false)}>
        返回修改
      </Button>
    );
    return (
      <ComposePreview
        values={{ ...v, images: images.photos }}
        scopeNames={v.targets.map((id) => known.get(id)?.name ?? initialNames?.[id] ?? '')}
        orgName={orgName}
        actions={
          <>
            {back}
            {publishButton}
          </>
        }
      />
    );
  }

  return (
    <View className="lx-form">
      <Field label="标题" error={errors.title}>
        <TextInput
          label="标题"
          value={v.title}
          maxlength={TITLE_MAX}
          placeholder="例如：关于冬季消防安全检查的通知"
          onInput={(e) => set('title', e.detail.value)}
        />
      </Field>
      <Field label="类别" hint={v.category === 'urgent' ? '紧急通知发布后立即推送给已开启提醒的居民' : undefined}>
        <ChipGroup options={CATEGORY_OPTIONS} value={v.category} onChange={(c) => set('category', c)} />
      </Field>
      <Field label="发布范围" error={errors.targets}>
        <ComposeScope
          options={options}
          known={known}
          value={v.targets}
          onChange={(t) => set('targets', t)}
          loadBuildings={loadBuildings}
          onLoaded={(b) => setLoaded((prev) => [...prev.filter((x) => !b.some((y) => y.id === x.id)), ...b])}
        />
      </Field>
      <Field label="正文" error={errors.body}>
        <TextBox
          label="正文"
          value={v.text}
          placeholder="每段一行；居民看到的就是这里的文字"
          maxLength={4000}
          autoSize
          onChange={(t) => set('text', t)}
        />
      </Field>
      <Field label="图片" optional={`（选填，最多 ${MAX_NOTICE_IMAGES} 张，显示在正文后）`}>
        <PhotoPicker photos={images} noun="图片" />
      </Field>
      <SwitchField
        label="置顶"
        hint="置顶通知排在最前，并在首页滚动显示"
        checked={v.pinned}
        onChange={(on) => set('pinned', on)}
      />
      <ComposeSchedule
        publishDate={v.publishDate}
        publishTime={v.publishTime}
        expiryDate={v.expiryDate}
        expiryError={errors.expiresAt}
        onChange={set}
      />
      <View className="lx-compose__actions">
        <Button size="large" fill="outline" disabled={form.submitting} onClick={() => void submit(false)}>
          保存草稿
        </Button>
        <Button size="large" fill="outline" onClick={() => setPreview(true)}>
          预览
        </Button>
        {publishButton}
      </View>
    </View>
  );
}
