/**
 * Where a problem found on patrol is: community → compound → building, one list of large rows at a
 * time (org.children), the same steps residents take to bind their home.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { ORG_TYPE_LABELS, type OrgOption, type ResultOf } from '@lx/types';
import { EmptyView, ErrorView, LoadingView } from '@/components/StateViews';
import { useRemote } from '@/hooks/useRemote';
import type { CloudResult } from '@/services/cloud';

const STEPS = ['社区', '小区', '楼栋'] as const;

export interface PickedBuilding {
  id: string;
  /** "凤凰城社区 天河嘉城 3号楼" */
  text: string;
}

interface Props {
  loadChildren: (parentId?: string) => Promise<CloudResult<ResultOf<'org', 'children'>>>;
  onPick: (b: PickedBuilding) => void;
}

export function BuildingPicker({ loadChildren, onPick }: Props) {
  const [trail, setTrail] = useState<OrgOption[]>([]);
  const parentId = trail[trail.length - 1]?.id;
  const children = useRemote(() => loadChildren(parentId), [parentId]);
  const step = trail.length;

  const pick = (o: OrgOption) => {
    if (o.type === 'building') onPick({ id: o.id, text: [...trail.map((t) => t.name), o.name].join(' ') });
    else setTrail((t) => [...t, o]);
  };

  return (
    <View>
      <View className="lx-trail">
        {STEPS.map((name, i) => (
          <View
            key={name}
            className={`lx-trail__step ${i === step ? 'lx-trail__step--current' : ''} ${i < step ? 'lx-trail__step--done' : ''}`}
            onClick={() => (i < step ? setTrail((t) => t.slice(0, i)) : undefined)}
          >
            <Text className="lx-trail__name">{name}</Text>
            <Text className="lx-trail__value">{i < step ? trail[i].name : '请选择'}</Text>
          </View>
        ))}
      </View>
      <View className="lx-section">
        <Text className="lx-section__title">
          第 {step + 1} 步：请选择问题所在{STEPS[step]}
        </Text>
        {children.loading ? (
          <LoadingView />
        ) : children.error ? (
          <ErrorView message={children.error.message} onRetry={() => void children.reload()} />
        ) : !children.data?.length ? (
          <EmptyView text={`暂无可选的${STEPS[step]}`} />
        ) : (
          <View className="lx-options">
            {children.data.map((o) => (
              <View key={o.id} className="lx-option" hoverClass="lx-row--pressed" onClick={() => pick(o)}>
                <Text className="lx-option__name">{o.name}</Text>
                <Text className="lx-option__type">{o.type === 'building' ? '' : `${ORG_TYPE_LABELS[o.type]} ›`}</Text>
              </View>
            ))}
          </View>
        )}
      </View>
    </View>
  );
}
