/**
 * 编辑组织: one community / grid / compound / building — name, households and population, a grid's
 * hotline, service hours and 连心卡 people, a building's grid, and where it sits (移动到…). Saved
 * through admin.saveNode; boundaries stay with the import (a ring of points is no form field).
 */
import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { withPageRoot } from '@/components/PageRoot';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { useRemote } from '@/hooks/useRemote';
import { callCloud } from '@/services/cloud';
import { NodeEditor } from './NodeEditor';
import type { EditNode } from './nodeForm';
import '../../admin.scss';

function NodeEditPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const detail = useRemote(() => callCloud('admin', 'node', { id }), [id], !!id);
  const [version, setVersion] = useState(0);
  if (!id) return <ErrorView message="没有指定要编辑的组织" />;
  if (detail.loading && !detail.data) return <LoadingView />;
  if (detail.error) return <ErrorView error={detail.error} onRetry={() => void detail.reload()} />;
  const node = detail.data;
  if (!node) return <LoadingView />;
  if (node.type === 'street') return <ErrorView message="街道信息请联系系统管理员维护" />;
  return (
    <NodeEditor
      key={`${node.id}-${version}`}
      node={node as EditNode}
      onSaved={() => void detail.reload().then(() => setVersion((v) => v + 1))}
    />
  );
}

export default withPageRoot(NodeEditPage);
