/**
 * Chooses the scope: the author's whole street or community, or parts of it. Within a grid the
 * author may go down to buildings: "选楼栋" asks for that grid's buildings only when tapped, so the
 * page never carries a whole community's buildings.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ScopeOption } from '@lx/types';
import { ChipGroup } from '@/components/ChipGroup';
import { type LoadBuildings, toggleTarget } from './composeValues';

type Drill = { gridId: string; state: 'loading' | 'error' | 'ready' };

interface Props {
  options: ScopeOption[];
  known: Map<string, ScopeOption>;
  value: string[];
  onChange: (v: string[]) => void;
  loadBuildings?: LoadBuildings;
  onLoaded: (buildings: ScopeOption[]) => void;
}

const chips = (list: ScopeOption[], wholeId?: string) =>
  list.map((o) => ({ value: o.id, label: o.name, ...(o.id === wholeId ? { className: 'lx-compose__whole' } : {}) }));

export function ComposeScope({ options, known, value, onChange, loadBuildings, onLoaded }: Props) {
  const whole = options[0];
  const grids = options.filter((o) => o.type === 'grid');
  const [drill, setDrill] = useState<Drill | null>(null);
  const [byGrid, setByGrid] = useState<Record<string, ScopeOption[]>>({});
  const toggle = (id: string) => onChange(toggleTarget(value, id, whole?.id, known));

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

  return (
    <View>
      <ChipGroup multiple options={chips(options, whole?.id)} value={value} onToggle={toggle} />
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
            <Buildings
              drill={drill}
              title={`${known.get(drill.gridId)?.name ?? ''}的楼栋`}
              buildings={byGrid[drill.gridId] ?? []}
              value={value}
              onToggle={toggle}
              onClose={() => setDrill(null)}
              onRetry={() => void open(drill.gridId)}
            />
          ) : null}
        </View>
      ) : null}
    </View>
  );
}

/** One grid's buildings under its 选楼栋, with their loading and failure. */
function Buildings(p: {
  drill: Drill;
  title: string;
  buildings: ScopeOption[];
  value: string[];
  onToggle: (id: string) => void;
  onClose: () => void;
  onRetry: () => void;
}) {
  const { state } = p.drill;
  return (
    <View className="lx-compose__buildings">
      <View className="lx-compose__buildings-head">
        <Text className="lx-compose__buildings-title">{p.title}</Text>
        <Text className="lx-compose__clear" onClick={p.onClose}>
          收起
        </Text>
      </View>
      {state === 'loading' ? <Text className="lx-field__hint">正在加载楼栋…</Text> : null}
      {state === 'error' ? (
        <Text className="lx-compose__clear" onClick={p.onRetry}>
          楼栋加载失败，点此重试
        </Text>
      ) : null}
      {state === 'ready' && p.buildings.length === 0 ? (
        <Text className="lx-field__hint">这个网格还没有划入楼栋</Text>
      ) : null}
      {state === 'ready' && p.buildings.length > 0 ? (
        <ChipGroup multiple options={chips(p.buildings)} value={p.value} onToggle={p.onToggle} />
      ) : null}
    </View>
  );
}
