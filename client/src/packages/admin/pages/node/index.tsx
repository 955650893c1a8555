/**
 * 编辑组织: one community / grid / compound / building — name, households and population, a grid's
 * hotline, service hours and 连心卡 people, a building's grid, and where it sits (移动到…). Saved
 * through admin.saveNode; boundaries stay with the import (a ring of points is no form field).
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { CARD_DUTIES, type CardPerson, type NodeDetailView, ORG_TYPE_LABELS } from '@lx/types';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { TextInput as NamedInput } from '@/components/TextField';
import { useRemote } from '@/hooks/useRemote';
import { callCloud } from '@/services/cloud';
import { toast } from '@/utils/nav';
import '../../admin.scss';

type EditableType = 'community' | 'grid' | 'compound' | 'building';
type Person = Omit<CardPerson, 'hours'> & { hours: string };

/** '' keeps the stored number (saveNode changes only what it is sent); anything else is sent as typed. */
const count = (key: 'households' | 'population', v: string) => (v.trim() === '' ? {} : { [key]: Number(v.trim()) });

function Field({ label, error, children }: { label: string; error?: string; children: React.ReactNode }) {
  return (
    <View className="lx-field">
      <Text className="lx-field__label">{label}</Text>
      {children}
      {error ? <Text className="lx-field__error">{error}</Text> : null}
    </View>
  );
}

function TextInput(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  type?: 'text' | 'number';
  maxlength?: number;
  placeholder?: string;
}) {
  return (
    <NamedInput
      label={props.label}
      type={props.type ?? 'text'}
      value={props.value}
      maxlength={props.maxlength ?? 40}
      placeholder={props.placeholder ?? ''}
      onInput={(e) => props.onChange(e.detail.value)}
    />
  );
}

/** One 连心卡 person: duty chips, name, phone, hours, and 删除. */
function PersonEditor(p: {
  index: number;
  person: Person;
  errors: Record<string, string>;
  onChange: (next: Person) => void;
  onRemove: () => void;
}) {
  const { person, index } = p;
  const err = (k: string) => p.errors[`responsible.${index}.${k}`];
  return (
    <View className="lx-person">
      <View className="lx-person__head">
        <Text className="lx-person__title">第 {index + 1} 位</Text>
        <View className="lx-link lx-person__remove" onClick={p.onRemove}>
          <Text>删除</Text>
        </View>
      </View>
      <View className="lx-chips lx-person__duties">
        {CARD_DUTIES.map((d) => (
          <View
            key={d}
            className={`lx-chip lx-chip--small ${person.duty === d ? 'lx-chip--active' : ''}`}
            onClick={() => p.onChange({ ...person, duty: d })}
          >
            <Text>{d}</Text>
          </View>
        ))}
      </View>
      <Text className="lx-person__label">姓名</Text>
      <TextInput
        label={`第${index + 1}位姓名`}
        placeholder="姓名"
        maxlength={20}
        value={person.name}
        onChange={(name) => p.onChange({ ...person, name })}
      />
      {err('name') ? <Text className="lx-field__error">{err('name')}</Text> : null}
      <Text className="lx-person__label">电话</Text>
      <TextInput
        label={`第${index + 1}位电话`}
        placeholder="手机或座机（0392-1234567）"
        maxlength={13}
        value={person.phone}
        onChange={(phone) => p.onChange({ ...person, phone })}
      />
      {err('phone') ? <Text className="lx-field__error">{err('phone')}</Text> : null}
      <Text className="lx-person__label">服务时间（选填）</Text>
      <TextInput
        label={`第${index + 1}位服务时间`}
        placeholder="服务时间（选填），如 工作日 8:30-17:30"
        value={person.hours}
        onChange={(hours) => p.onChange({ ...person, hours })}
      />
      {err('hours') ? <Text className="lx-field__error">{err('hours')}</Text> : null}
    </View>
  );
}

/** Chips to pick one of `options`; the current one is marked. */
function Choice(p: {
  options: { id: string; name: string }[];
  value: string;
  onPick: (id: string) => void;
  label: string;
}) {
  return (
    <View className="lx-chips" aria-label={p.label}>
      {p.options.map((o) => (
        <View
          key={o.id || 'none'}
          className={`lx-chip ${p.value === o.id ? 'lx-chip--active' : ''}`}
          onClick={() => p.onPick(o.id)}
        >
          <Text>{o.name}</Text>
        </View>
      ))}
    </View>
  );
}

/** A building's grids: those of its own community (org.grids). */
const useGrids = (node: NodeDetailView) =>
  useRemote(
    () => callCloud('org', 'grids', { communityId: node.communityId! }),
    [node.communityId],
    !!node.communityId,
  );

/** Where the node may move: a grid or compound between communities, a building between its community's compounds. */
function useTargets(node: NodeDetailView) {
  const isBuilding = node.type === 'building';
  const parents = useRemote(
    () => callCloud('admin', 'tree', isBuilding ? { parentId: node.communityId! } : {}),
    [node.id],
    !isBuilding || !!node.communityId,
  );
  const want = isBuilding ? 'compound' : 'community';
  const parentOptions = (parents.data?.children ?? []).filter((c) => c.type === want);
  return { parents, parentOptions };
}

interface Form {
  name: string;
  households: string;
  population: string;
  hotline: string;
  serviceHours: string;
  people: Person[];
  gridId: string;
  parentId: string;
}
type EditNode = NodeDetailView & { type: EditableType };

const formOf = (n: EditNode): Form => ({
  name: n.name,
  households: n.households?.toString() ?? '',
  population: n.population?.toString() ?? '',
  hotline: n.hotline ?? '',
  serviceHours: n.serviceHours ?? '',
  people: (n.responsible ?? []).map((p) => ({ ...p, hours: p.hours ?? '' })),
  gridId: n.gridId ?? '',
  parentId: n.parentId ?? '',
});

const cardPeople = (people: Person[]): CardPerson[] =>
  people.map(({ hours, ...p }) => ({
    ...p,
    name: p.name.trim(),
    phone: p.phone.trim(),
    ...(hours.trim() ? { hours: hours.trim() } : {}),
  }));

/** The saveNode payload: only the fields this type of node has (saveNode leaves the others alone). */
function toPayload(n: EditNode, f: Form) {
  const t = n.type;
  return {
    id: n.id,
    type: t,
    parentId: f.parentId,
    name: f.name.trim(),
    ...(t !== 'community' ? { ...count('households', f.households), ...count('population', f.population) } : {}),
    ...(t === 'grid' || t === 'community' ? { hotline: f.hotline.trim() } : {}),
    ...(t === 'grid' ? { serviceHours: f.serviceHours.trim(), responsible: cardPeople(f.people) } : {}),
    ...(t === 'building' ? { gridId: f.gridId } : {}),
  };
}

type SetField = <K extends keyof Form>(key: K, value: Form[K]) => void;

function PeopleSection({ people, errors, set }: { people: Person[]; errors: Record<string, string>; set: SetField }) {
  const add = () =>
    set('people', [...people, { duty: people.length ? '网格员' : '网格长', name: '', phone: '', hours: '' }]);
  return (
    <View className="lx-section">
      <Text className="lx-section__title">连心卡负责人</Text>
      {errors.responsible ? <Text className="lx-field__error">{errors.responsible}</Text> : null}
      {people.length === 0 ? <Text className="lx-admin-hint">还没有负责人，居民的连心卡上将没有联系人</Text> : null}
      {people.map((p, i) => (
        <PersonEditor
          key={i}
          index={i}
          person={p}
          errors={errors}
          onChange={(next) =>
            set(
              'people',
              people.map((q, j) => (j === i ? next : q)),
            )
          }
          onRemove={() =>
            set(
              'people',
              people.filter((_, j) => j !== i),
            )
          }
        />
      ))}
      {people.length < 12 ? (
        <Button block fill="outline" onClick={add}>
          添加负责人
        </Button>
      ) : null}
    </View>
  );
}

const MOVE_HINT: Record<EditableType, string> = {
  community: '',
  grid: '只有没有楼栋、没有未办结诉求的网格才能移到其他社区',
  compound: '保存后小区及其楼栋一并移动；移到其他社区的楼栋需重新划分网格',
  building: '保存后楼栋移到所选小区',
};

function MoveSection({ node, parentId, set }: { node: EditNode; parentId: string; set: SetField }) {
  const { parents, parentOptions } = useTargets(node);
  return (
    <View className="lx-section">
      <Text className="lx-section__title">移动到…</Text>
      {parents.error ? <ErrorView message={parents.error.message} onRetry={() => void parents.reload()} /> : null}
      {parents.loading && !parents.data ? <Text className="lx-admin-hint">正在加载…</Text> : null}
      {parents.data ? (
        <View className="lx-form lx-form--pad">
          <Choice label="移动到" value={parentId} onPick={(v) => set('parentId', v)} options={parentOptions} />
          {parentId !== node.parentId ? <Text className="lx-field__hint">{MOVE_HINT[node.type]}</Text> : null}
        </View>
      ) : null}
    </View>
  );
}

function GridField({ node, gridId, error, set }: { node: EditNode; gridId: string; error?: string; set: SetField }) {
  const grids = useGrids(node);
  return (
    <Field label="所属网格" error={error}>
      {grids.error ? <ErrorView message={grids.error.message} onRetry={() => void grids.reload()} /> : null}
      {grids.data ? (
        <Choice
          label="所属网格"
          value={gridId}
          onPick={(v) => set('gridId', v)}
          options={[...grids.data.map((g) => ({ id: g.id, name: g.name })), { id: '', name: '未划分网格' }]}
        />
      ) : null}
      {grids.loading && !grids.data ? <Text className="lx-field__hint">正在加载网格…</Text> : null}
    </Field>
  );
}

function BoundaryField({ points }: { points: number }) {
  return (
    <View className="lx-field">
      <Text className="lx-field__label">边界</Text>
      <Text className="lx-field__value">{points ? `已设置 ${points} 个点` : '未设置'}</Text>
      <Text className="lx-field__hint">边界请在“导入组织架构”中用表格维护</Text>
    </View>
  );
}

function Editor({ node, onSaved }: { node: EditNode; onSaved: () => void }) {
  const [form, setForm] = useState(() => formOf(node));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set: SetField = (key, value) => setForm((f) => ({ ...f, [key]: value }));
  const t = node.type;
  const hasPhone = t === 'grid' || t === 'community';

  const save = async () => {
    if (busy) return;
    setBusy(true);
    const res = await callCloud('admin', 'saveNode', toPayload(node, form));
    setBusy(false);
    if (!res.ok) {
      setErrors(res.fields ?? {});
      toast(res.message);
      return;
    }
    setErrors({});
    toast('已保存');
    onSaved();
  };

  return (
    <View className="lx-page">
      <Text className="lx-admin-hint">
        {ORG_TYPE_LABELS[t]}
        {node.fullName && node.fullName !== node.name ? ` · ${node.fullName}` : ''}
      </Text>
      <View className="lx-form">
        <Field label="名称" error={errors.name}>
          <TextInput label="名称" value={form.name} maxlength={30} onChange={(v) => set('name', v)} />
        </Field>
        {t !== 'community'
          ? (['households', 'population'] as const).map((k) => (
              <Field key={k} label={k === 'households' ? '户数' : '人口'} error={errors[k]}>
                <TextInput
                  label={k === 'households' ? '户数' : '人口'}
                  type="number"
                  maxlength={6}
                  value={form[k]}
                  onChange={(v) => set(k, v)}
                />
              </Field>
            ))
          : null}
        {hasPhone ? (
          <Field label={t === 'grid' ? '网格电话' : '社区电话'} error={errors.hotline}>
            <TextInput
              label="电话"
              placeholder="如 0392-3336017"
              maxlength={20}
              value={form.hotline}
              onChange={(v) => set('hotline', v)}
            />
          </Field>
        ) : null}
        {t === 'grid' ? (
          <Field label="服务时间" error={errors.serviceHours}>
            <TextInput
              label="服务时间"
              placeholder="如 工作日 8:30-17:30，周末轮值"
              value={form.serviceHours}
              onChange={(v) => set('serviceHours', v)}
            />
          </Field>
        ) : null}
        {t === 'building' ? <GridField node={node} gridId={form.gridId} error={errors.gridId} set={set} /> : null}
        {t === 'grid' ? <BoundaryField points={node.boundaryPoints} /> : null}
      </View>
      {t === 'grid' ? <PeopleSection people={form.people} errors={errors} set={set} /> : null}
      {t !== 'community' ? <MoveSection node={node} parentId={form.parentId} set={set} /> : null}
      <View className="lx-under-button">
        <Button block type="primary" size="xlarge" loading={busy} onClick={() => void save()}>
          保存
        </Button>
      </View>
    </View>
  );
}

export default function NodeEditPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const detail = useRemote(() => callCloud('admin', 'node', { id }), [id], !!id);
  const [version, setVersion] = useState(0);
  if (!id) return <ErrorView message="没有指定要编辑的组织" />;
  if (detail.loading && !detail.data) return <LoadingView />;
  if (detail.error) return <ErrorView message={detail.error.message} onRetry={() => void detail.reload()} />;
  const node = detail.data;
  if (!node) return <LoadingView />;
  if (node.type === 'street') return <ErrorView message="街道信息请联系系统管理员维护" />;
  return (
    <Editor
      key={`${node.id}-${version}`}
      node={node as NodeDetailView & { type: EditableType }}
      onSaved={() => void detail.reload().then(() => setVersion((v) => v + 1))}
    />
  );
}
