/**
 * The filing form. It validates with the same zod schema the cloud function parses with, so the
 * messages a resident sees here are the server's own (问题描述至少 5 个字 …).
 */
import { type ReactNode, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button, Switch } from '@nutui/nutui-react-taro';
import {
  type CategoryOption,
  DESCRIPTION_MAX,
  FileTicketPayload,
  MAX_PHOTOS,
  type PayloadIn,
  type ResultOf,
  type SimilarTicket,
  type Urgency,
  URGENCIES,
  URGENCY_LABELS,
} from '@lx/types';
import { TextBox, TextInput } from '@/components/TextField';
import type { CloudResult } from '@/services/cloud';
import { type FieldErrors, fieldErrors } from '@/utils/form';
import { toast } from '@/utils/nav';
import { CategoryPicker } from './CategoryPicker';
import { type PickedPhoto, PhotoPicker } from './PhotoPicker';
import { SimilarHint } from './SimilarHint';

type FilePayload = PayloadIn<'tickets', 'file'>;

export interface FileFormProps {
  categories: CategoryOption[];
  addressText: string;
  upload: (localPath: string) => Promise<CloudResult<PickedPhoto>>;
  submit: (payload: FilePayload) => Promise<CloudResult<ResultOf<'tickets', 'file'>>>;
  onFiled: (ticket: ResultOf<'tickets', 'file'>) => void;
  /** open tickets like this one nearby (附议 instead of filing twice); a failed look-up files anyway */
  findSimilar?: (payload: FilePayload) => Promise<CloudResult<SimilarTicket[]>>;
  join?: (ticket: SimilarTicket) => Promise<CloudResult<unknown>>;
  /** joined, or tapped a ticket the reporter already follows: open it */
  onJoined?: (ticket: SimilarTicket) => void;
  /** runs inside the 提交 tap once the form is valid: WeChat's subscription dialog needs a tap */
  onConsent?: () => void;
  /** fields a grid worker adds when filing on a resident's behalf (来源, 楼栋), merged into the payload */
  extra?: Partial<FilePayload>;
  renderExtra?: (errors: FieldErrors) => ReactNode;
  /**
   * a grid worker files for a resident: the phone is the resident's, there is nobody to hide, and the
   * place is the building chosen above (renderExtra), not a home
   */
  proxy?: boolean;
}

function FieldError({ text }: { text?: string }) {
  return text ? <Text className="lx-field__error">{text}</Text> : null;
}

export function FileForm(props: FileFormProps) {
  const { categories, addressText, upload, submit, onFiled, findSimilar, join, onJoined, onConsent, extra } = props;
  const [categoryId, setCategoryId] = useState('');
  const [description, setDescription] = useState('');
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [uploading, setUploading] = useState(0);
  const [urgency, setUrgency] = useState<Urgency>('normal');
  const [anonymous, setAnonymous] = useState(false);
  const [phone, setPhone] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitting, setSubmitting] = useState(false);
  const [similar, setSimilar] = useState<SimilarTicket[]>([]);
  const [joining, setJoining] = useState<string>();
  const [asked, setAsked] = useState(false);
  /** the category and place whose similar tickets the reporter has already seen and passed over */
  const [seenFor, setSeenFor] = useState('');

  const clearError = (key: string) => setErrors((e) => (key in e ? { ...e, [key]: '' } : e));

  const addPhotos = async () => {
    let paths: string[];
    try {
      const res = await Taro.chooseImage({
        count: MAX_PHOTOS - photos.length,
        sizeType: ['compressed'],
        sourceType: ['album', 'camera'],
      });
      paths = res.tempFilePaths.slice(0, MAX_PHOTOS - photos.length);
    } catch {
      return; // the user closed the picker
    }
    setUploading(paths.length);
    for (const path of paths) {
      const res = await upload(path);
      if (res.ok) setPhotos((prev) => [...prev, res.data].slice(0, MAX_PHOTOS));
      else toast(res.message);
      setUploading((n) => n - 1);
    }
    clearError('photos');
  };

  const payload = (): FilePayload => ({
    categoryId,
    description,
    photos: photos.map((p) => p.fileID),
    urgency,
    anonymous,
    ...(phone.trim() ? { phone: phone.trim() } : {}),
    ...extra,
  });

  /** True when similar tickets are now shown instead of filing. */
  const showSimilar = async (p: FilePayload): Promise<boolean> => {
    const place = `${p.categoryId}|${p.buildingId ?? ''}`;
    if (!findSimilar || place === seenFor) return false;
    const found = await findSimilar(p);
    // a failed look-up must not stop anyone from filing: the hint is a courtesy
    if (!found.ok || found.data.length === 0) return false;
    setSimilar(found.data);
    setSeenFor(place);
    return true;
  };

  const onSubmit = async (checkSimilar: boolean) => {
    if (submitting || uploading > 0 || joining) return;
    const parsed = FileTicketPayload.safeParse(payload());
    if (!parsed.success) {
      const errs = fieldErrors(parsed.error.issues);
      setErrors(errs);
      toast(Object.values(errs)[0] ?? '填写的内容有误，请检查后重试');
      return;
    }
    if (!asked && onConsent) {
      // before the first await: WeChat only opens its dialog from inside the tap
      onConsent();
      setAsked(true);
    }
    setErrors({});
    setSubmitting(true);
    if (checkSimilar && (await showSimilar(parsed.data))) {
      setSubmitting(false);
      return;
    }
    const res = await submit(parsed.data);
    setSubmitting(false);
    if (res.ok) {
      setSimilar([]);
      onFiled(res.data);
    } else {
      if (res.fields) setErrors(res.fields);
      toast(res.message);
    }
  };

  const onJoin = async (t: SimilarTicket) => {
    if (!join || joining || submitting) return;
    setJoining(t.id);
    const res = await join(t);
    setJoining(undefined);
    if (res.ok) onJoined?.(t);
    else toast(res.message);
  };

  if (similar.length > 0) {
    return (
      <SimilarHint
        tickets={similar}
        joining={joining}
        filing={submitting}
        onJoin={join ? (t) => void onJoin(t) : undefined}
        onOpen={(t) => onJoined?.(t)}
        onFileAnyway={() => void onSubmit(false)}
        onBack={() => setSimilar([])}
      />
    );
  }

  return (
    <View className="lx-form">
      {props.renderExtra ? props.renderExtra(errors) : null}
      <View className="lx-field">
        <Text className="lx-field__label">问题类别</Text>
        <CategoryPicker
          categories={categories}
          value={categoryId}
          onChange={(id) => {
            setCategoryId(id);
            clearError('categoryId');
          }}
        />
        <FieldError text={errors.categoryId} />
      </View>

      <View className="lx-field">
        <Text className="lx-field__label">问题描述</Text>
        <TextBox
          label="问题描述"
          value={description}
          placeholder="请说清楚什么地方、出了什么问题，例如：3号楼东侧路灯不亮已经一周"
          maxLength={DESCRIPTION_MAX}
          showCount
          autoSize
          onChange={(v: string) => {
            setDescription(v);
            clearError('description');
          }}
        />
        <FieldError text={errors.description} />
      </View>

      <View className="lx-field">
        <Text className="lx-field__label">
          现场照片<Text className="lx-field__optional">（选填，最多 {MAX_PHOTOS} 张）</Text>
        </Text>
        <PhotoPicker
          photos={photos}
          max={MAX_PHOTOS}
          uploading={uploading}
          onAdd={() => void addPhotos()}
          onRemove={(id) => setPhotos((prev) => prev.filter((p) => p.fileID !== id))}
        />
        <FieldError text={errors.photos} />
      </View>

      <View className="lx-field">
        <Text className="lx-field__label">紧急程度</Text>
        <View className="lx-chips" role="radiogroup">
          {URGENCIES.map((u) => (
            <View
              key={u}
              role="radio"
              aria-checked={u === urgency}
              className={`lx-chip lx-chip--wide ${u === urgency ? (u === 'urgent' ? 'lx-chip--danger' : 'lx-chip--active') : ''}`}
              onClick={() => setUrgency(u)}
            >
              {URGENCY_LABELS[u]}
            </View>
          ))}
        </View>
        {urgency === 'urgent' ? <Text className="lx-field__hint">危及安全的问题请选紧急，网格员会优先处理</Text> : null}
      </View>

      {props.proxy ? null : (
        <View className="lx-field lx-field--inline">
          <View>
            <Text className="lx-field__label">匿名反映</Text>
            <Text className="lx-field__hint">开启后，办理人员看不到您的姓名和电话</Text>
          </View>
          <Switch checked={anonymous} onChange={(v: boolean) => setAnonymous(v)} />
        </View>
      )}

      <View className="lx-field">
        <Text className="lx-field__label">
          {props.proxy ? '居民电话' : '联系电话'}
          <Text className="lx-field__optional">（选填）</Text>
        </Text>
        {/* Taro's own Input: NutUI's draws its clear icon as an <i>, which WeChat cannot show without plugin-html */}
        <TextInput
          label={props.proxy ? '居民电话' : '联系电话'}
          type="number"
          maxlength={11}
          value={phone}
          placeholder={props.proxy ? '方便回访居民' : '方便网格员联系您'}
          onInput={(e) => {
            setPhone(e.detail.value);
            clearError('phone');
          }}
        />
        <FieldError text={errors.phone} />
      </View>

      {props.proxy ? null : (
        <View className="lx-field">
          <Text className="lx-field__label">问题地点</Text>
          <Text className="lx-field__value">{addressText}</Text>
          <Text className="lx-field__hint">按您绑定的住址交给所在网格办理</Text>
        </View>
      )}

      <Button
        className="lx-big-button"
        type="primary"
        size="large"
        block
        disabled={submitting || uploading > 0}
        onClick={() => void onSubmit(true)}
      >
        {submitting ? '正在提交…' : '提交'}
      </Button>
    </View>
  );
}
