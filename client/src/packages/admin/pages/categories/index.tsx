/**
 * 诉求类别与时限: each category's time limits per urgency (一般 / 紧急) × level (网格 / 社区 / 街道),
 * the response limit, and whether residents can choose it. Open tickets keep their deadlines.
 */
import { useState } from 'react';
import { Input, Switch, Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { type Category, formatLimit, LEVEL_LABELS, LEVELS, type LimitUnit } from '@lx/types';
import { EmptyView, ErrorView, LoadingView } from '@/components/StateViews';
import { labelProps } from '@/components/TextField';
import { useRemote } from '@/hooks/useRemote';
import { callCloud } from '@/services/cloud';
import { toast } from '@/utils/nav';
import '../../admin.scss';

const UNITS: LimitUnit[] = ['hours', 'days', 'workdays'];
/** short unit names: three chips and a number must fit on one line at 375 px */
const UNIT_SHORT: Record<LimitUnit, string> = { hours: '小时', days: '天', workdays: '工作日' };

function Editor({ cat, onSaved }: { cat: Category; onSaved: () => void }) {
  const [limits, setLimits] = useState(structuredClone(cat.limits));
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    const res = await callCloud('admin', 'saveCategory', { id: cat._id, limits });
    setBusy(false);
    if (res.ok) {
      toast('时限已保存，新诉求按新时限计算');
      onSaved();
    } else toast(res.message);
  };
  return (
    <View className="lx-form">
      {(['normal', 'urgent'] as const).map((u) => (
        <View key={u} className="lx-field">
          <Text className="lx-field__label">{u === 'normal' ? '一般' : '紧急'}</Text>
          {LEVELS.map((lv) => (
            <View key={lv} className="lx-limit">
              <Text className="lx-limit__label">{LEVEL_LABELS[lv]}</Text>
              <Input
                className="lx-limit__input"
                type="digit"
                value={String(limits[u][lv].value)}
                {...labelProps(`${u === 'normal' ? '一般' : '紧急'}${LEVEL_LABELS[lv]}时限`)}
                onInput={(e) =>
                  setLimits((l) => {
                    const n = structuredClone(l);
                    n[u][lv].value = Number(e.detail.value) || 0;
                    return n;
                  })
                }
              />
              {UNITS.map((unit) => (
                <Text
                  key={unit}
                  className={`lx-chip ${limits[u][lv].unit === unit ? 'lx-chip--active' : ''}`}
                  onClick={() =>
                    setLimits((l) => {
                      const n = structuredClone(l);
                      n[u][lv].unit = unit;
                      return n;
                    })
                  }
                >
                  {UNIT_SHORT[unit]}
                </Text>
              ))}
            </View>
          ))}
        </View>
      ))}
      <Button block type="primary" size="large" loading={busy} onClick={() => void save()}>
        保存时限
      </Button>
    </View>
  );
}

export default function CategoriesPage() {
  const list = useRemote(() => callCloud('admin', 'categories', {}), []);
  const [open, setOpen] = useState<string>();
  if (list.loading && !list.data) return <LoadingView />;
  if (list.error) return <ErrorView message={list.error.message} onRetry={() => void list.reload()} />;
  if (!list.data?.length) return <EmptyView text="还没有诉求类别" />;

  const toggle = async (c: Category, active: boolean) => {
    const res = await callCloud('admin', 'saveCategory', { id: c._id, active });
    if (!res.ok) toast(res.message);
    void list.reload();
  };
  return (
    <View className="lx-page">
      <Text className="lx-admin-hint">点类别修改时限；关闭后居民不能再选择该类别，已有诉求不受影响。</Text>
      {list.data.map((c) => (
        <View key={c._id} className="lx-cells">
          <View className="lx-cell" onClick={() => setOpen(open === c._id ? undefined : c._id)}>
            <View className="lx-profile__body">
              <Text className="lx-cell__title">{c.name}</Text>
              <Text className="lx-field__hint">
                {`${c.group} · 网格办理 ${formatLimit(c.limits.normal.grid)}，紧急 ${formatLimit(c.limits.urgent.grid)}`}
              </Text>
            </View>
            <Switch
              checked={c.active}
              color="#d9302c"
              onClick={(e) => e.stopPropagation()}
              onChange={(e) => void toggle(c, e.detail.value)}
              aria-label={`${c.name}启用`}
            />
          </View>
          {open === c._id ? <Editor cat={c} onSaved={() => void list.reload()} /> : null}
        </View>
      ))}
    </View>
  );
}
