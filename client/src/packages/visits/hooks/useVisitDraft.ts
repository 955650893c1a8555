/**
 * The step screen's memory: the forms' values (saved to the phone on every edit) and the step sent
 * without an answer. `send` makes one requestId per step intention and keeps it with the payload
 * before it goes, so a retry — the 重新发送 tap, or the page opened again after a restart — sends the
 * same id and the server answers the first result: no step recorded twice, no ticket filed twice.
 */
import { useRef, useState } from 'react';
import { newRequestId } from '@/hooks/useRequestId';
import type { ClientFail, CloudResult } from '@/services/cloud';
import type { StepBody } from '../api';
import { type DraftValues, dropDraft, emptyValues, loadDraft, type PendingSend, saveDraft } from '../draft';

export interface VisitDraftState {
  values: DraftValues;
  setValues: (update: (v: DraftValues) => DraftValues) => void;
  /** the step sent without an answer (shown as 未发送 with 重新发送) */
  pending: PendingSend | undefined;
  sending: boolean;
  error: ClientFail | undefined;
  /** sends one step; answers whether the server recorded it */
  send: (step: Omit<PendingSend, 'requestId'>) => Promise<boolean>;
  retry: () => Promise<boolean>;
  /** the visit is over (completed or 不在家): the draft goes */
  finish: () => void;
}

export function useVisitDraft(
  visitId: string,
  transport: (body: StepBody, requestId: string) => Promise<CloudResult<unknown>>,
): VisitDraftState {
  const [initial] = useState(() => loadDraft(visitId));
  const [values, setValuesState] = useState<DraftValues>(() => ({ ...emptyValues(), ...initial?.values }));
  const [pending, setPending] = useState<PendingSend | undefined>(initial?.pending);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ClientFail>();
  // the latest of both, for saving from inside callbacks without waiting for a render
  const latest = useRef({ values, pending });
  const busy = useRef(false);

  const persist = (next: { values: DraftValues; pending: PendingSend | undefined }) => {
    latest.current = next;
    saveDraft(visitId, next);
  };

  const setValues = (update: (v: DraftValues) => DraftValues) => {
    const next = update(latest.current.values);
    setValuesState(next);
    persist({ ...latest.current, values: next });
  };

  const deliver = async (p: PendingSend): Promise<boolean> => {
    if (busy.current) return false;
    busy.current = true;
    setSending(true);
    setError(undefined);
    // on the phone before it leaves: a crash mid-send still knows what was sent and under which id
    setPending(p);
    persist({ ...latest.current, pending: p });
    const res = await transport(p.payload, p.requestId);
    busy.current = false;
    setSending(false);
    if (!res.ok) {
      setError(res);
      return false;
    }
    setPending(undefined);
    persist({ ...latest.current, pending: undefined });
    return true;
  };

  const send: VisitDraftState['send'] = (step) => {
    const old = latest.current.pending;
    // the same step with the same content is the same intention: it keeps its id
    const same = old && old.step === step.step && JSON.stringify(old.payload) === JSON.stringify(step.payload);
    return deliver({ ...step, requestId: same ? old.requestId : newRequestId() });
  };

  const retry = () => (latest.current.pending ? deliver(latest.current.pending) : Promise.resolve(false));

  const finish = () => dropDraft(visitId);

  return { values, setValues, pending, sending, error, send, retry, finish };
}
