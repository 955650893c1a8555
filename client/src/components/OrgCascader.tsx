/**
 * OrgCascader: 社区 → 小区 → 楼栋, one level of large rows at a time, each level loaded from
 * `org.children` when it opens; the trail above shows what was chosen and steps back when tapped.
 * Used to bind a home (account/pages/address), by 代办 (tickets/pages/proxy) and wherever a building
 * is picked.
 *
 * Props
 * - `value?: PickedOrg` — the chosen building, owned by the caller. While set, the list gives way to
 *   `children` (e.g. the room field and 保存住址) and the trail's last step shows the building.
 * - `onChange(picked?: PickedOrg)` — a building was tapped (`picked`), or the user stepped back on
 *   the trail / called `reset` (`undefined`).
 * - `where?: string` — words before the level's name in the heading: `第 1 步：请选择{where}社区`
 *   (代办 passes `问题所在`). The e2e journeys wait for these headings: keep them.
 * - `emptyHint?: string` — second line under `暂无可选的{level}`.
 * - `loadChildren?: (parentId?) => Promise<CloudResult<OrgOption[]>>` — one level (no parentId: the
 *   street's communities). Defaults to `callCloud('org', 'children', …)`; tests pass a fake.
 * - `children?: ReactNode` — shown under the trail once a building is chosen.
 * - `within?: { communityId, gridId }` — open in that community with only that grid's compounds and
 *   buildings (代办 starts in the worker's own grid); 显示全部楼栋 lifts the grid, the trail still
 *   steps back to every community.
 *
 * Why not NutUI's Cascader (3.0.20): its check mark and its loading spinner are NutUI icons, which
 * render `<i>` and show nothing in WeChat without @tarojs/plugin-html (the check can be swapped via
 * `activeIcon`, the spinner cannot); a rejected `onLoad` leaves the level spinning with no error or
 * 重试, and it has no empty state; its tabs put the chosen names where the rows are, so the step
 * headings and the big rows for older eyes would have to be rebuilt around it anyway.
 */
import { type ReactNode, useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { ORG_TYPE_LABELS, type OrgOption } from '@lx/types';
import { EmptyView, ErrorView, LoadingView } from '@/components/StateViews';
import { useRemote } from '@/hooks/useRemote';
import { type CloudResult, callCloud } from '@/services/cloud';

export const ORG_STEPS = ['社区', '小区', '楼栋'] as const;

export interface PickedOrg {
  id: string;
  /** "凤凰城社区 天河嘉城 3号楼" */
  text: string;
  /** the community and compound above it, then the building */
  path: OrgOption[];
}

export interface OrgCascaderProps {
  value?: PickedOrg;
  onChange: (picked?: PickedOrg) => void;
  where?: string;
  emptyHint?: string;
  loadChildren?: (parentId?: string, gridId?: string) => Promise<CloudResult<OrgOption[]>>;
  children?: ReactNode;
  within?: { communityId: string; gridId: string };
}

const loadFromCloud = (parentId?: string, gridId?: string) =>
  callCloud('org', 'children', { ...(parentId ? { parentId } : {}), ...(parentId && gridId ? { gridId } : {}) });

/** The grid the lower levels keep to (`within`), until 显示全部楼栋 or another community is chosen. */
function useGridScope(within: OrgCascaderProps['within'], trail: OrgOption[]) {
  const [gridId, setGridId] = useState(within?.gridId);
  const scoped = gridId && trail[0]?.id === within?.communityId ? gridId : undefined;
  return { scoped, lift: () => setGridId(undefined) };
}

/** `within`: once the communities are in, open on the worker's own (the first level is one tap back). */
function useOpenWithin(
  communityId: string | undefined,
  trail: OrgOption[],
  setTrail: (t: OrgOption[]) => void,
  communities: OrgOption[] | undefined,
) {
  const [opened, setOpened] = useState(!communityId);
  useEffect(() => {
    if (opened || trail.length || !communities) return;
    setOpened(true);
    const own = communities.find((o) => o.id === communityId);
    if (own) setTrail([own]);
  }, [opened, trail.length, communities, communityId, setTrail]);
}

function GridScopeHint({ level, onLift }: { level: string; onLift: () => void }) {
  return (
    <View>
      <Text className="lx-field__hint">只列出您网格的{level}</Text>
      <View className="lx-link lx-link--left" onClick={onLift}>
        显示全部楼栋
      </View>
    </View>
  );
}

export function OrgCascader({
  value,
  onChange,
  where = '',
  emptyHint,
  loadChildren = loadFromCloud,
  children,
  within,
}: OrgCascaderProps) {
  /** the community and compound chosen so far */
  const [trail, setTrail] = useState<OrgOption[]>([]);
  const { scoped, lift } = useGridScope(within, trail);
  const parentId = trail[trail.length - 1]?.id;
  const level = useRemote(() => loadChildren(parentId, scoped), [parentId, scoped], !value);
  const step = value ? ORG_STEPS.length : trail.length;
  useOpenWithin(within?.communityId, trail, setTrail, level.data);

  const pick = (o: OrgOption) => {
    if (o.type !== 'building') return setTrail((t) => [...t, o]);
    const path = [...trail, o];
    onChange({ id: o.id, text: path.map((p) => p.name).join(' '), path });
  };
  const backTo = (depth: number) => {
    setTrail((t) => t.slice(0, depth));
    if (value) onChange(undefined);
  };

  return (
    <View>
      <View className="lx-trail">
        {ORG_STEPS.map((name, i) => {
          const chosen = i < trail.length ? trail[i] : i === ORG_STEPS.length - 1 ? value?.path[i] : undefined;
          return (
            <View
              key={name}
              className={`lx-trail__step ${i === step ? 'lx-trail__step--current' : ''} ${chosen ? 'lx-trail__step--done' : ''}`}
              onClick={() => (chosen ? backTo(i) : undefined)}
            >
              <Text className="lx-trail__name">{name}</Text>
              <Text className="lx-trail__value">{chosen ? chosen.name : '请选择'}</Text>
            </View>
          );
        })}
      </View>
      {value ? (
        children
      ) : (
        <View className="lx-section">
          <Text className="lx-section__title">{`第 ${step + 1} 步：请选择${where}${ORG_STEPS[step]}`}</Text>
          {scoped ? <GridScopeHint level={ORG_STEPS[step]} onLift={lift} /> : null}
          {level.loading ? (
            <LoadingView />
          ) : level.error ? (
            <ErrorView error={level.error} onRetry={() => void level.reload()} />
          ) : !level.data?.length ? (
            <EmptyView text={`暂无可选的${ORG_STEPS[step]}`} hint={emptyHint} />
          ) : (
            <View className="lx-options">
              {level.data.map((o) => (
                <View key={o.id} className="lx-option" hoverClass="lx-row--pressed" onClick={() => pick(o)}>
                  <Text className="lx-option__name">{o.name}</Text>
                  <Text className="lx-option__type">{o.type === 'building' ? '' : `${ORG_TYPE_LABELS[o.type]} ›`}</Text>
                </View>
              ))}
            </View>
          )}
        </View>
      )}
    </View>
  );
}
