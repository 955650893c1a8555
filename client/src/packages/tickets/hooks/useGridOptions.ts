/**
 * The grids of a community, for 分派网格 (a triaged ticket goes to the grid it belongs to). Loaded
 * when the form opens, not with the page: most readers never route.
 */
import { useState } from 'react';
import { callCloud } from '@/services/cloud';
import type { ChoiceOption } from '../components/ChoiceForm';

export function useGridOptions() {
  const [options, setOptions] = useState<ChoiceOption[]>([]);
  const [state, setState] = useState<string>();

  const load = (communityId: string) => {
    setState('正在加载网格…');
    void callCloud('org', 'grids', { communityId }).then((res) => {
      if (!res.ok) return setState(res.message);
      const grids = res.data.map((o) => ({ id: o.id, name: o.name }));
      setOptions(grids);
      setState(grids.length ? undefined : '本社区还没有划分网格，请联系管理员');
    });
  };
  return { options, state, load };
}
