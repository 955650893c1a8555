/**
 * The filing form. It validates with the same zod schema the cloud function parses with, so the
 * messages a resident sees here are the server's own (问题描述至少 5 个字 …).
 */
import { type ReactNode, useState } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import {
  type CategoryOption,
  DESCRIPTION_MAX,
  FileTicketPayload,
  MAX_PHOTOS,
  type Urgency,
  URGENCIES,
  URGENCY_LABELS,
} from '@lx/types';
import { ChipGroup } from '@/components/ChipGroup';
import { Field, SwitchField } from '@/components/Field';
import { PhotoPicker } from '@/components/PhotoPicker';
import { TextBox, TextInput } from '@/components/TextField';
import { type Upload, usePhotos } from '@/hooks/usePhotos';
import { formDraftKey, readFormDraft, useZodForm } from '@/hooks/useZodForm';
import type { UploadedPhoto } from '@/services/cloud';
import type { FieldErrors } from '@/utils/form';
import { type FilePayload, type FilingProps, useFiling } from '../hooks/useFiling';
import { CategoryPicker } from './CategoryPicker';
import { HOME, type Place, PlaceField, placePayload } from './PlaceField';
import { SimilarHint } from './SimilarHint';

export interface FileFormProps extends FilingProps {
  categories: CategoryOption[];
  addressText: string;
  upload: Upload;
  /** fields a grid worker adds when filing on a resident's behalf (来源, 楼栋), merged into the payload */
  extra?: Partial<FilePayload>;
  renderExtra?: (errors: FieldErrors) => ReactNode;
  /**
   * a grid worker files for a resident: the phone is the resident's, there is nobody to hide, and the
   * place is the building chosen above (renderExtra), not a home
   */
  proxy?: boolean;
  /** the profile's phone (useMe), filled in for her and still editable */
  phone?: string;
}

const URGENCY_OPTIONS = URGENCIES.map((u) => ({ value: u, label: URGENCY_LABELS[u], danger: u === 'urgent' }));
/** a resident's filing in progress, kept on the phone until it is filed (a 代办 is not: its 楼栋 is the page's) */
export const FILING_DRAFT_KEY = formDraftKey('tickets.file');

export function FileForm(props: FileFormProps) {
  const { categories, proxy } = props;
  const draftKey = proxy ? undefined : FILING_DRAFT_KEY;
  const [kept] = useState(() => readFormDraft<{ photos?: UploadedPhoto[] }>(draftKey));
  const photos = usePhotos(props.upload, { initial: kept?.photos, onChange: () => form.clear('photos') });
  const form = useZodForm(FileTicketPayload, {
    initial: {
      categoryId: '',
      description: '',
      urgency: 'normal' as Urgency,
      anonymous: false,
      phone: props.phone ?? '',
      place: HOME as Place,
    },
    // the requestId is useZodForm's (one per filing meant, the same on a retry)
    toInput: ({ phone, place, ...v }): Omit<FilePayload, 'requestId'> => ({
      ...v,
      photos: photos.fileIDs,
      ...(phone.trim() ? { phone: phone.trim() } : {}),
      // 代办's place is the building its page chose (extra)
      ...(proxy ? {} : placePayload(place)),
      ...props.extra,
    }),
    toastInvalid: true,
    persistKey: draftKey,
    persistWith: { photos: photos.photos },
  });
  const filing = useFiling(props, form, photos.uploading > 0);
  const { values, set, errors } = form;

  if (filing.similar.length > 0) {
    return (
      <SimilarHint
        tickets={filing.similar}
        joining={filing.joining}
        filing={form.submitting}
        onJoin={props.join ? (t) => void filing.joinOne(t) : undefined}
        onOpen={(t) => props.onJoined?.(t)}
        onFileAnyway={() => filing.file(false)}
        onBack={filing.back}
      />
    );
  }

  const phoneLabel = proxy ? '居民电话' : '联系电话';
  return (
    <View className="lx-form">
      {props.renderExtra ? props.renderExtra(errors) : null}
      <Field label="问题类别" error={errors.categoryId}>
        <CategoryPicker
          categories={categories}
          value={values.categoryId}
          onChange={(id) => set('categoryId', id)}
          who={proxy ? 'staff' : 'resident'}
        />
      </Field>
      <Field label="问题描述" error={errors.description}>
        <TextBox
          label="问题描述"
          value={values.description}
          placeholder="请说清楚什么地方、出了什么问题，例如：3号楼东侧路灯不亮已经一周"
          maxLength={DESCRIPTION_MAX}
          showCount
          autoSize
          onChange={(v) => set('description', v)}
        />
      </Field>
      <Field label="现场照片" optional={`（选填，最多 ${MAX_PHOTOS} 张）`} error={errors.photos}>
        <PhotoPicker photos={photos} />
      </Field>
      <Field
        label="紧急程度"
        hint={values.urgency === 'urgent' ? '危及安全的问题请选紧急，网格员会优先处理' : undefined}
      >
        <ChipGroup
          chipClassName="lx-chip--wide"
          options={URGENCY_OPTIONS}
          value={values.urgency}
          onChange={(u) => set('urgency', u)}
        />
      </Field>
      {proxy ? null : (
        <SwitchField
          label="匿名反映"
          hint="开启后，办理人员看不到您的姓名和电话"
          checked={values.anonymous}
          onChange={(on) => set('anonymous', on)}
        />
      )}
      <Field label={phoneLabel} optional="（选填）" error={errors.phone}>
        {/* Taro's own Input: NutUI's draws its clear icon as an <i>, which WeChat cannot show without plugin-html */}
        <TextInput
          label={phoneLabel}
          type="number"
          maxlength={11}
          value={values.phone}
          placeholder={proxy ? '方便回访居民' : '方便网格员联系您'}
          onInput={(e) => set('phone', e.detail.value)}
        />
      </Field>
      {proxy ? null : (
        <PlaceField
          value={values.place}
          onChange={(p) => {
            set('place', p);
            form.clear('buildingId', 'point', 'addressText');
          }}
          homeText={props.addressText}
          errors={errors}
        />
      )}
      <Button
        className="lx-big-button"
        type="primary"
        size="large"
        block
        disabled={form.submitting || photos.uploading > 0}
        onClick={() => filing.file(true)}
      >
        {form.submitting ? '正在提交…' : '提交'}
      </Button>
    </View>
  );
}
