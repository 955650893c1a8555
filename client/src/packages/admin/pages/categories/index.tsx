/**
 * 诉求类别与时限: each category's time limits per urgency (一般 / 紧急) × level (网格 / 社区 / 街道),
 * the response limit, and whether residents can choose it. Open tickets keep their deadlines.
 */
import { useState } from 'react';
import { Switch, Text, View } from '@tarojs/components';
import { type Category, formatLimit } from '@lx/types';
import { withPageRoot } from '@/components/PageRoot';
import { EmptyView, ErrorView, LoadingView } from '@/components/StateViews';
import { useRemote } from '@/hooks/useRemote';
import { callCloud } from '@/services/cloud';
import { toast } from '@/utils/nav';
import { LimitsEditor } from './LimitsEditor';
import '../../admin.scss';

function CategoriesPage() {
  const list = useRemote(() => callCloud('admin', 'categories', {}), []);
  const [open, setOpen] = useState<string>();
  if (list.loading && !list.data) return <LoadingView />;
  if (list.error) return <ErrorView error={list.error} onRetry={() => void list.reload()} />;
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
          {open === c._id ? <LimitsEditor cat={c} onSaved={() => void list.reload()} /> : null}
        </View>
      ))}
    </View>
  );
}

export default withPageRoot(CategoriesPage);
