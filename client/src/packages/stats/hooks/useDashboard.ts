/**
 * One scope's dashboard for the chosen period. The period switch's keys come with the answer (the
 * server's clock decides what 本月 is), so the first request names no period and later ones the key
 * chosen; the switch moves at the tap and the figures shown stay up while the next period loads.
 */
import { useState } from 'react';
import { useRemote } from '@/hooks/useRemote';
import { callCloud } from '@/services/cloud';

export function useDashboard(orgId: string | undefined) {
  const [period, setPeriod] = useState<string>();
  const remote = useRemote(
    () => callCloud('stats', 'dashboard', { ...(orgId ? { orgId } : {}), ...(period ? { period } : {}) }),
    [orgId, period],
  );
  const shown = period ?? remote.data?.period.key;
  return { ...remote, period: shown, setPeriod };
}
