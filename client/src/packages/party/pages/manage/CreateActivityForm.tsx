/**
 * 发布活动: title, 服务类别 (the twelve post categories), the day with its start and end, the place
 * with its point and radius, how many places and the hours it credits. The contract's schema checks
 * it and useZodForm gives the requestId, so a second tap after 网络不给力 creates one activity.
 */
import { useState } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import { CreateActivityPayload, POST_CATEGORIES, type PostCategory } from '@lx/types';
import { ChipGroup } from '@/components/ChipGroup';
import { Field, NoteField, SubmitBar } from '@/components/Field';
import { TextInput } from '@/components/TextField';
import { useZodForm } from '@/hooks/useZodForm';
import { toast } from '@/utils/nav';
import { type ActivityView, createActivity } from '../../staffApi';
import { ACTIVITY_ERROR_OF, activityInput, type ActivityFormValues, initialActivity } from './activityForm';
import { PlaceField } from './PlaceField';

const CATEGORY_OPTIONS = POST_CATEGORIES.map((c) => ({ value: c, label: c }));

interface Props {
  communityId: string;
  earlier: ActivityView['place'][];
  onCreated: (a: ActivityView) => void;
  onCancel: () => void;
}

function When({
  v,
  set,
  error,
}: {
  v: ActivityFormValues;
  set: (k: 'date' | 'startTime' | 'endTime', s: string) => void;
  error?: string;
}) {
  return (
    <Field label="活动时间" hint="结束早于开始即到次日" error={error}>
      <View className="lx-party-staff__inline">
        <Picker mode="date" value={v.date} onChange={(e) => set('date', String(e.detail.value))}>
          <View className="lx-input" aria-label="活动日期">
            {v.date}
          </View>
        </Picker>
        <Picker mode="time" value={v.startTime} onChange={(e) => set('startTime', String(e.detail.value))}>
          <View className="lx-input" aria-label="开始时间">
            {v.startTime}
          </View>
        </Picker>
        <Text>至</Text>
        <Picker mode="time" value={v.endTime} onChange={(e) => set('endTime', String(e.detail.value))}>
          <View className="lx-input" aria-label="结束时间">
            {v.endTime}
          </View>
        </Picker>
      </View>
    </Field>
  );
}

export function CreateActivityForm({ communityId, earlier, onCreated, onCancel }: Props) {
  const [now] = useState(() => Date.now());
  const form = useZodForm(CreateActivityPayload, {
    initial: () => initialActivity(now),
    toInput: (v) => activityInput(v, communityId),
    errorOf: ACTIVITY_ERROR_OF,
    toastInvalid: true,
  });
  const v = form.values;
  const send = form.submit(async (data) => {
    const res = await createActivity(data);
    if (!res.ok) return toast(res.message);
    form.done();
    toast('活动已发布');
    onCreated(res.data);
  });
  const num = (key: 'capacity' | 'hours', label: string, unit: string, type: 'number' | 'digit') => (
    <Field label={label} error={form.errors[key]}>
      <View className="lx-party-staff__inline">
        <TextInput label={label} type={type} value={v[key]} onInput={(e) => form.set(key, e.detail.value)} />
        <Text className="lx-field__hint">{unit}</Text>
      </View>
    </Field>
  );
  return (
    <View className="lx-page lx-form">
      <Field label="活动名称" error={form.errors.title}>
        <TextInput
          label="活动名称"
          value={v.title}
          placeholder="例如：河南路环境整治志愿服务"
          maxlength={40}
          onInput={(e) => form.set('title', e.detail.value)}
        />
      </Field>
      <Field label="服务类别" error={form.errors.category}>
        <ChipGroup
          label="服务类别"
          options={CATEGORY_OPTIONS}
          value={v.category || undefined}
          onChange={(c: PostCategory) => form.set('category', c)}
        />
      </Field>
      <When v={v} set={form.set} error={form.errors.startAt || form.errors.endAt} />
      <PlaceField values={v} errors={form.errors} set={form.set} earlier={earlier} />
      {num('capacity', '报名人数上限', '人', 'number')}
      {num('hours', '服务时长', '小时（签退时按实际时长计，最多这么多）', 'digit')}
      <NoteField
        label="活动说明"
        optional
        value={v.description}
        placeholder="集合地点、需要带的东西"
        maxLength={500}
        onChange={(s) => form.set('description', s)}
      />
      <SubmitBar label="发布活动" busy={form.submitting} onSubmit={() => void send()} />
      <View role="button" className="lx-party-staff__link" onClick={onCancel}>
        返回活动列表
      </View>
    </View>
  );
}
