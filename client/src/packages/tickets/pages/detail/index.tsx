/**
 * 诉求详情: one ticket for whoever may open it. The buttons come from the server's `allowedActions`
 * (the shared transition table), so a resident sees 评价 / 催办 / 问题没有解决, a grid worker 签收 /
 * 办结 / 上报上级, a supervisor 核查 / 催办 — each only when the ticket's state allows it.
 */
import { useMemo } from 'react';
import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { type Audience, DEPARTMENTS, isOpen, type TicketDetail } from '@lx/types';
import { ErrorView, LoadingView } from '@/components/StateViews';
import { useRemote } from '@/hooks/useRemote';
import { useShowAgain } from '@/hooks/useShowAgain';
import { callCloud, uploadPhoto } from '@/services/cloud';
import { askSubscription } from '@/services/subscribe';
import { toast } from '@/utils/nav';
import { ActionPanel } from '../../components/ActionPanel';
import { TicketDetailView } from '../../components/TicketDetailView';
import { useGridOptions } from '../../hooks/useGridOptions';
import { useNow } from '../../hooks/useNow';
import { runAction, DONE_TOASTS, REFRESH_CODES, consentFor } from '../../run';
import { panelButtons } from '../../panel';
import '../../tickets.scss';
import { withPageRoot } from '@/components/PageRoot';

const DEPARTMENT_OPTIONS = DEPARTMENTS.map((d) => ({ id: d, name: d }));

/** Why a resident sees no 催办 yet, so the missing button does not look like a fault. */
function hintFor(t: TicketDetail, now: number): string | undefined {
  // a grid worker who filed on someone's behalf is the reporter of record, but handles it too
  if (!t.mine || t.source !== 'resident' || !isOpen(t.status) || t.allowedActions.includes('urge')) return undefined;
  if (t.dueAt > now) return t.overdue ? undefined : '超过办理时限仍未办结的，可以在这里催办';
  // past the limit and still no 催办: the once-a-day cooldown (the table's only other reason)
  return '今天已经催办过了，明天可以再催办';
}

/**
 * Its reporter (a resident filing for themselves) or a supporter reads plain words; handlers,
 * supervisors and a worker who filed on someone's behalf read the office's.
 */
export const audienceOf = (t: Pick<TicketDetail, 'mine' | 'joined' | 'source'>): Audience =>
  (t.mine && t.source === 'resident') || t.joined ? 'resident' : 'staff';

function TicketDetailPage() {
  const id = useRouter().params.id ?? '';
  const detail = useRemote(() => callCloud('tickets', 'detail', { id }), [id]);
  const now = useNow();
  const grids = useGridOptions();
  usePullDownRefresh(() => {
    void detail.reload().finally(() => Taro.stopPullDownRefresh());
  });
  useShowAgain(() => void detail.reload());

  const t = detail.data;
  const buttons = useMemo(
    () => (t ? panelButtons(t.allowedActions, { requiresAfterPhotos: t.requiresAfterPhotos, mine: t.mine }) : []),
    [t],
  );

  if (detail.loading && !t) return <LoadingView />;
  if (!t) return <ErrorView error={detail.error} onRetry={() => void detail.reload()} />;

  return (
    <View className="lx-page">
      <TicketDetailView
        ticket={t}
        now={now}
        who={audienceOf(t)}
        actions={
          <ActionPanel
            key={`${t.id}-${t.version}`}
            buttons={buttons}
            upload={uploadPhoto}
            departments={DEPARTMENT_OPTIONS}
            grids={{ options: grids.options, state: grids.state, load: () => grids.load(t.communityId) }}
            hint={hintFor(t, now)}
            run={(action, input) => runAction(action, t, input)}
            onTap={(action) => {
              const keys = consentFor(action, t.mine);
              if (keys.length) void askSubscription(keys);
            }}
            onDone={(action) => {
              toast(DONE_TOASTS[action]);
              void detail.reload();
            }}
            onFailed={(_action, fail) => {
              toast(fail.message);
              if (REFRESH_CODES.includes(fail.code)) void detail.reload();
            }}
          />
        }
      />
    </View>
  );
}

export default withPageRoot(TicketDetailPage);
