/** 发布通知: a new notice, or a draft opened again (?id=…). */
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { PayloadIn, ResultOf } from '@lx/types';
import { withPageRoot } from '@/components/PageRoot';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { useMe } from '@/hooks/useMe';
import { useRemote } from '@/hooks/useRemote';
import { callCloud, uploadPhoto, type CloudResult } from '@/services/cloud';
import { formatDateTime } from '@/utils/format';
import { PAGES, toast } from '@/utils/nav';
import { ComposeForm } from '../../components/ComposeForm';
import { confirmPublish } from '../../components/confirmPublish';
import { type ComposeValues, emptyCompose } from '../../components/composeValues';
import '../../notices.scss';

type Loaded = {
  options: ResultOf<'notices', 'scopes'>['options'];
  initial: ComposeValues;
  /** a draft's target names, for the buildings that are not among the first options */
  names?: Record<string, string>;
};

const loadBuildings = (gridId: string) => callCloud('notices', 'scopes', { gridId });

function fromDraft(d: ResultOf<'notices', 'detail'>): ComposeValues {
  const at = d.publishAt ? formatDateTime(d.publishAt).split(' ') : ['', '08:00'];
  return {
    ...emptyCompose(),
    title: d.title,
    category: d.category,
    targets: d.targets ?? [],
    text: d.body
      .filter((b) => b.type === 'p')
      .map((b) => (b as { text: string }).text)
      .join('\n'),
    images: d.body
      .filter((b) => b.type === 'img')
      .map((b) => ({ fileID: (b as { fileId: string }).fileId, url: (b as { url?: string }).url ?? '' })),
    pinned: d.pinned,
    publishDate: at[0],
    publishTime: at[1],
    expiryDate: d.expiresAt ? formatDateTime(d.expiresAt).slice(0, 10) : '',
  };
}

async function load(id: string | undefined): Promise<CloudResult<Loaded>> {
  const scopes = await callCloud('notices', 'scopes', {});
  if (!scopes.ok) return scopes;
  if (!id) return { ok: true, data: { options: scopes.data.options, initial: emptyCompose() } };
  const draft = await callCloud('notices', 'detail', { id });
  if (!draft.ok) return draft;
  const targets = draft.data.targets ?? [];
  const names = Object.fromEntries(targets.map((t, i) => [t, draft.data.targetNames?.[i] ?? '']));
  return { ok: true, data: { options: scopes.data.options, initial: fromDraft(draft.data), names } };
}

function ComposePage() {
  const id = useRouter().params.id;
  const { me } = useMe();
  const remote = useRemote(() => load(id), [id]);
  const orgName =
    me?.roles.find((r) => r.role === 'communityStaff' || r.role === 'streetStaff' || r.role === 'admin')?.orgName ?? '';

  const submit = async (payload: PayloadIn<'notices', 'save'>, publish: boolean) => {
    // asked before anything is saved: a "no" leaves the draft as it was
    if (publish && !(await confirmPublish(payload.targets, !!payload.publishAt && payload.publishAt > Date.now())))
      return;
    const saved = await callCloud('notices', 'save', { ...payload, ...(id ? { id } : {}) });
    if (!saved.ok) return toast(saved.message);
    if (!publish) {
      toast('草稿已保存');
      void Taro.redirectTo({ url: PAGES.managedNotices });
      return;
    }
    const published = await callCloud('notices', 'publish', { id: saved.data.id });
    if (!published.ok) return toast(published.message);
    toast(published.data.state === 'scheduled' ? '已设置定时发布' : '通知已发布');
    void Taro.redirectTo({ url: `${PAGES.noticeFigures}?id=${encodeURIComponent(saved.data.id)}` });
  };

  if (remote.loading && !remote.data) return <LoadingView />;
  if (remote.error || !remote.data) return <ErrorView error={remote.error} onRetry={() => void remote.reload()} />;
  if (remote.data.options.length === 0)
    return (
      <View className="lx-page">
        <Text className="lx-card__text">您没有可以发布通知的范围。</Text>
      </View>
    );
  return (
    <View className="lx-page">
      <ComposeForm
        key={id ?? 'new'}
        initial={remote.data.initial}
        options={remote.data.options}
        upload={uploadPhoto}
        onSubmit={submit}
        orgName={orgName}
        loadBuildings={loadBuildings}
        initialNames={remote.data.names}
      />
    </View>
  );
}

export default withPageRoot(ComposePage);
