/**
 * Compose a notice: title, category, scope (the author's own street or community, or parts of it),
 * body as paragraphs with pictures, pinned, publish now or at a time, optional expiry, and a preview
 * of what residents will see. Validates with the function's own schema (SaveNoticePayload).
 */
import { useMemo, useState } from 'react';
import { Image, Picker, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button, Switch } from '@nutui/nutui-react-taro';
import {
  MAX_NOTICE_IMAGES,
  NOTICE_CATEGORIES,
  NOTICE_CATEGORY_LABELS,
  paragraphs,
  SaveNoticePayload,
  TITLE_MAX,
  type NoticeCategory,
  type PayloadIn,
  type ScopeOption,
} from '@lx/types';
import { TextBox, TextInput } from '@/components/TextField';
import type { CloudResult, UploadedPhoto } from '@/services/cloud';
import { type FieldErrors, fieldErrors } from '@/utils/form';
import { toast } from '@/utils/nav';
import { NoticeBody } from './NoticeBody';

export interface ComposeValues {
  title: string;
  category: NoticeCategory;
  targets: string[];
  text: string;
  images: UploadedPhoto[];
  pinned: boolean;
  /** "YYYY-MM-DD" and "HH:mm" in China time; empty: publish now */
  publishDate: string;
  publishTime: string;
  /** "YYYY-MM-DD"; empty: no expiry (the notice expires at the end of that day) */
  expiryDate: string;
}

export const emptyCompose = (): ComposeValues => ({
  title: '',
  category: 'notice',
  targets: [],
  text: '',
  images: [],
  pinned: false,
  publishDate: '',
  publishTime: '08:00',
  expiryDate: '',
});

const cstMs = (date: string, time: string) => Date.parse(`${date}T${time}:00+08:00`);

export function toPayload(v: ComposeValues, id?: string): PayloadIn<'notices', 'save'> {
  return {
    ...(id ? { id } : {}),
    title: v.title,
    category: v.category,
    targets: v.targets,
    body: [...paragraphs(v.text), ...v.images.map((i) => ({ type: 'img' as const, fileId: i.fileID }))],
    pinned: v.pinned,
    ...(v.publishDate ? { publishAt: cstMs(v.publishDate, v.publishTime) } : {}),
    ...(v.expiryDate ? { expiresAt: cstMs(v.expiryDate, '23:59') } : {}),
  };
}

interface Props {
  initial: ComposeValues;
  options: ScopeOption[];
  upload: (localPath: string) => Promise<CloudResult<UploadedPhoto>>;
  /** publish: save then publish */
  onSubmit: (payload: PayloadIn<'notices', 'save'>, publish: boolean) => Promise<void>;
  orgName: string;
  /** drills into a grid's buildings; without it the picker stops at grids */
  loadBuildings?: LoadBuildings;
  /** names of targets not among `options` (a reopened draft's buildings) */
  initialNames?: Record<string, string>;
}

function FieldError({ text }: { text?: string }) {
  return text ? <Text className="lx-field__error">{text}</Text> : null;
}

/** Loads one grid's buildings (notices.scopes with gridId). */
export type LoadBuildings = (gridId: string) => Promise<CloudResult<{ options: ScopeOption[] }>>;

type Drill = { gridId: string; state: 'loading' | 'error' | 'ready' };

/**
 * Chooses the scope: the author's whole street or community, or parts of it. Within a grid the
 * author may go down to buildings: "选楼栋" asks for that grid's buildings only when tapped, so the
 * page never carries a whole community's buildings. A grid and its own buildings exclude each other
 * (the grid already covers them); the whole excludes everything else.
 */
function ScopePicker({
  options,
  known,
  value,
  onChange,
  loadBuildings,
  onLoaded,
}: {
  options: ScopeOption[];
  known: Map<string, ScopeOption>;
  value: string[];
  onChange: (v: string[]) => void;
  loadBuildings?: LoadBuildings;
  onLoaded: (buildings: ScopeOption[]) => void;
}) {
  const whole = options[0];
  const grids = options.filter((o) => o.type === 'grid');
  const [drill, setDrill] = useState<Drill | null>(null);
  const [byGrid, setByGrid] = useState<Record<string, ScopeOption[]>>({});

  const toggle = (id: string) => {
    if (whole && id === whole.id) return onChange(value.includes(id) ? [] : [id]);
    const o = known.get(id);
    const rest = value.filter((x) => {
      if (x === whole?.id) return false;
      const k = known.get(x);
      // a building drops its grid, a grid drops its buildings
      if (o?.type === 'building' && x === o.gridId) return false;
      if (o?.type === 'grid' && k?.type === 'building' && k.gridId === id) return false;
      return true;
    });
    onChange(rest.includes(id) ? rest.filter((x) => x !== id) : [...rest, id]);
  };

  const open = async (gridId: string) => {
    if (drill?.gridId === gridId) return setDrill(null);
    if (byGrid[gridId]) return setDrill({ gridId, state: 'ready' });
    if (!loadBuildings) return;
    setDrill({ gridId, state: 'loading' });
    const res = await loadBuildings(gridId);
    if (!res.ok) return setDrill((d) => (d?.gridId === gridId ? { gridId, state: 'error' } : d));
    setByGrid((m) => ({ ...m, [gridId]: res.data.options }));
    onLoaded(res.data.options);
    setDrill((d) => (d?.gridId === gridId ? { gridId, state: 'ready' } : d));
  };

  const chosenIn = (gridId: string) => value.filter((x) => known.get(x)?.gridId === gridId).length;
  const chip = (o: ScopeOption, extra = '') => (
    <View
      key={o.id}
      role="checkbox"
      aria-checked={value.includes(o.id)}
      className={`lx-chip ${extra} ${value.includes(o.id) ? 'lx-chip--active' : ''}`}
      onClick={() => toggle(o.id)}
    >
      {o.name}
    </View>
  );
  const buildings = drill ? (byGrid[drill.gridId] ?? []) : [];

  return (
    <View>
      <View className="lx-chips" role="group">
        {options.map((o, i) => chip(o, i === 0 ? 'lx-compose__whole' : ''))}
      </View>
      {grids.length > 0 && loadBuildings ? (
        <View className="lx-compose__drill">
          <Text className="lx-field__hint">按楼栋发布：点网格，选其中的楼栋</Text>
          <View className="lx-chips" role="group" aria-label="按楼栋">
            {grids.map((g) => {
              const n = chosenIn(g.id);
              return (
                <View
                  key={g.id}
                  role="button"
                  aria-expanded={drill?.gridId === g.id}
                  className={`lx-chip lx-compose__gridlink ${drill?.gridId === g.id ? 'lx-compose__gridlink--open' : ''}`}
                  onClick={() => void open(g.id)}
                >
                  {g.name} 选楼栋{n > 0 ? `（${n}）` : ''}
                </View>
              );
            })}
          </View>
          {drill ? (
            <View className="lx-compose__buildings">
              <View className="lx-compose__buildings-head">
                <Text className="lx-compose__buildings-title">{known.get(drill.gridId)?.name ?? ''}的楼栋</Text>
                <Text className="lx-compose__clear" onClick={() => setDrill(null)}>
                  收起
                </Text>
              </View>
              {drill.state === 'loading' ? <Text className="lx-field__hint">正在加载楼栋…</Text> : null}
              {drill.state === 'error' ? (
                <Text className="lx-compose__clear" onClick={() => void open(drill.gridId)}>
                  楼栋加载失败，点此重试
                </Text>
              ) : null}
              {drill.state === 'ready' && buildings.length === 0 ? (
                <Text className="lx-field__hint">这个网格还没有划入楼栋</Text>
              ) : null}
              {drill.state === 'ready' && buildings.length > 0 ? (
                <View className="lx-chips" role="group">
                  {buildings.map((b) => chip(b))}
                </View>
              ) : null}
            </View>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}

export function ComposeForm({ initial, options, upload, onSubmit, orgName, loadBuildings, initialNames }: Props) {
  const [v, setV] = useState<ComposeValues>(initial);
  const [loaded, setLoaded] = useState<ScopeOption[]>([]);
  const known = useMemo(() => new Map([...options, ...loaded].map((o) => [o.id, o])), [options, loaded]);
  const nameOf = (id: string) => known.get(id)?.name ?? initialNames?.[id] ?? '';
  const [errors, setErrors] = useState<FieldErrors>({});
  const [preview, setPreview] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof ComposeValues>(k: K, value: ComposeValues[K]) => {
    setV((prev) => ({ ...prev, [k]: value }));
    setErrors((e) => ({ ...e, [k === 'text' || k === 'images' ? 'body' : k]: '' }));
  };

  const addImage = async () => {
    let paths: string[];
    try {
      const left = MAX_NOTICE_IMAGES - v.images.length;
      paths = (await Taro.chooseImage({ count: left, sizeType: ['compressed'] })).tempFilePaths.slice(0, left);
    } catch {
      return;
    }
    for (const p of paths) {
      const res = await upload(p);
      if (res.ok) setV((prev) => ({ ...prev, images: [...prev.images, res.data] }));
      else toast(res.message);
    }
  };

  const submit = async (publish: boolean) => {
    if (busy) return;
    const parsed = SaveNoticePayload.safeParse(toPayload(v));
    if (!parsed.success) {
      const errs = fieldErrors(parsed.error.issues);
      setErrors(errs);
      setPreview(false);
      toast(Object.values(errs)[0] ?? '填写的内容有误，请检查后重试');
      return;
    }
    setBusy(true);
    await onSubmit(toPayload(v), publish);
    setBusy(false);
  };

  if (preview) {
    const payload = toPayload(v);
    return (
      <View className="lx-form">
        <Text className="lx-field__hint">预览：居民看到的样子</Text>
        <Text className="lx-field__hint">
          发布范围：
          {v.targets.map(nameOf).filter(Boolean).join('、') || '未选择'}
        </Text>
        <NoticeBody
          title={v.title || '（未填写标题）'}
          category={v.category}
          categoryLabel={NOTICE_CATEGORY_LABELS[v.category]}
          pinned={v.pinned}
          orgName={orgName}
          publishAt={payload.publishAt}
          expiresAt={payload.expiresAt}
          body={[
            ...paragraphs(v.text),
            ...v.images.map((i) => ({ type: 'img' as const, fileId: i.fileID, url: i.url })),
          ]}
        />
        <View className="lx-compose__actions">
          <Button size="large" fill="outline" onClick={() => setPreview(false)}>
            返回修改
          </Button>
          <Button type="primary" size="large" disabled={busy} onClick={() => void submit(true)}>
            {busy ? '正在发布…' : v.publishDate ? '定时发布' : '发布'}
          </Button>
        </View>
      </View>
    );
  }

  return (
    <View className="lx-form">
      <View className="lx-field">
        <Text className="lx-field__label">标题</Text>
        <TextInput
          label="标题"
          value={v.title}
          maxlength={TITLE_MAX}
          placeholder="例如：关于冬季消防安全检查的通知"
          onInput={(e) => set('title', e.detail.value)}
        />
        <FieldError text={errors.title} />
      </View>
      <View className="lx-field">
        <Text className="lx-field__label">类别</Text>
        <View className="lx-chips" role="radiogroup">
          {NOTICE_CATEGORIES.map((c) => (
            <View
              key={c}
              role="radio"
              aria-checked={c === v.category}
              className={`lx-chip ${c === v.category ? (c === 'urgent' ? 'lx-chip--danger' : 'lx-chip--active') : ''}`}
              onClick={() => set('category', c)}
            >
              {NOTICE_CATEGORY_LABELS[c]}
            </View>
          ))}
        </View>
        {v.category === 'urgent' ? (
          <Text className="lx-field__hint">紧急通知发布后立即推送给已开启提醒的居民</Text>
        ) : null}
      </View>
      <View className="lx-field">
        <Text className="lx-field__label">发布范围</Text>
        <ScopePicker
          options={options}
          known={known}
          value={v.targets}
          onChange={(t) => set('targets', t)}
          loadBuildings={loadBuildings}
          onLoaded={(b) => setLoaded((prev) => [...prev.filter((x) => !b.some((y) => y.id === x.id)), ...b])}
        />
        <FieldError text={errors.targets} />
      </View>
      <View className="lx-field">
        <Text className="lx-field__label">正文</Text>
        <TextBox
          label="正文"
          value={v.text}
          placeholder="每段一行；居民看到的就是这里的文字"
          maxLength={4000}
          autoSize
          onChange={(t: string) => set('text', t)}
        />
        <FieldError text={errors.body} />
      </View>
      <View className="lx-field">
        <Text className="lx-field__label">
          图片<Text className="lx-field__optional">（选填，最多 {MAX_NOTICE_IMAGES} 张，显示在正文后）</Text>
        </Text>
        <View className="lx-photos">
          {v.images.map((img) => (
            <View key={img.fileID} className="lx-photos__cell">
              <Image className="lx-photos__img" src={img.url} mode="aspectFill" />
              <View
                className="lx-photos__remove"
                aria-label="删除图片"
                onClick={() =>
                  set(
                    'images',
                    v.images.filter((x) => x.fileID !== img.fileID),
                  )
                }
              >
                ×
              </View>
            </View>
          ))}
          {v.images.length < MAX_NOTICE_IMAGES ? (
            <View className="lx-photos__cell lx-photos__add" onClick={() => void addImage()}>
              <Text className="lx-photos__plus">+</Text>
              <Text className="lx-photos__add-text">添加图片</Text>
            </View>
          ) : null}
        </View>
      </View>
      <View className="lx-field lx-field--inline">
        <View>
          <Text className="lx-field__label">置顶</Text>
          <Text className="lx-field__hint">置顶通知排在最前，并在首页滚动显示</Text>
        </View>
        <Switch checked={v.pinned} onChange={(on: boolean) => set('pinned', on)} />
      </View>
      <View className="lx-field">
        <Text className="lx-field__label">
          定时发布<Text className="lx-field__optional">（不选则立即发布）</Text>
        </Text>
        <View className="lx-compose__when">
          <Picker mode="date" value={v.publishDate} onChange={(e) => set('publishDate', String(e.detail.value))}>
            <View className="lx-input lx-compose__pick">{v.publishDate || '选择日期'}</View>
          </Picker>
          <Picker mode="time" value={v.publishTime} onChange={(e) => set('publishTime', String(e.detail.value))}>
            <View className="lx-input lx-compose__pick">{v.publishTime}</View>
          </Picker>
          {v.publishDate ? (
            <Text className="lx-compose__clear" onClick={() => set('publishDate', '')}>
              清除
            </Text>
          ) : null}
        </View>
      </View>
      <View className="lx-field">
        <Text className="lx-field__label">
          有效期至<Text className="lx-field__optional">（选填，过期后居民不再看到）</Text>
        </Text>
        <View className="lx-compose__when">
          <Picker mode="date" value={v.expiryDate} onChange={(e) => set('expiryDate', String(e.detail.value))}>
            <View className="lx-input lx-compose__pick">{v.expiryDate || '长期有效'}</View>
          </Picker>
          {v.expiryDate ? (
            <Text className="lx-compose__clear" onClick={() => set('expiryDate', '')}>
              清除
            </Text>
          ) : null}
        </View>
        <FieldError text={errors.expiresAt} />
      </View>
      <View className="lx-compose__actions">
        <Button size="large" fill="outline" disabled={busy} onClick={() => void submit(false)}>
          保存草稿
        </Button>
        <Button size="large" fill="outline" onClick={() => setPreview(true)}>
          预览
        </Button>
        <Button type="primary" size="large" disabled={busy} onClick={() => void submit(true)}>
          {busy ? '正在发布…' : v.publishDate ? '定时发布' : '发布'}
        </Button>
      </View>
    </View>
  );
}
