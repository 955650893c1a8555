/**
 * "Export a report, then get it onto the phone or the desk" for a tap (导出月报, 导出季度报告): the
 * creating action gets one requestId per thing asked for (a second tap after a lost answer gets the
 * same file, not a second one), its answer goes through services/report.ts (the one download path),
 * and the id is renewed only once the file has arrived. Failures are toasted; `done` is the name of
 * the last file exported.
 */
import { useState } from 'react';
import { useRequestId } from '@/hooks/useRequestId';
import type { CloudResult } from '@/services/cloud';
import { downloadReport, type ReportTarget } from '@/services/report';
import { toast } from '@/utils/nav';

export interface ReportExport {
  busy: boolean;
  done?: string;
  /** `what`: the request's content as text (same text, same requestId); `send`: the export call */
  run: (what: string, send: (requestId: string) => Promise<CloudResult<ReportTarget>>) => Promise<void>;
}

export function useReportExport(): ReportExport {
  const requestId = useRequestId();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string>();
  const run: ReportExport['run'] = async (what, send) => {
    if (busy) return;
    setBusy(true);
    const res = await send(requestId.for(what));
    if (res.ok) {
      const got = await downloadReport(res.data);
      if (got.ok) {
        requestId.renew();
        setDone(res.data.fileName);
      } else toast(got.message);
    } else toast(res.message);
    setBusy(false);
  };
  return { busy, done, run };
}
