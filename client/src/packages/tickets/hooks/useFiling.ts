/**
 * Filing once the form is valid: the subscription consent inside the 提交 tap, then the open tickets
 * like it nearby (附议 instead of filing twice) before the ticket itself, and 附议 on one of them.
 */
import { useState } from 'react';
import type { PayloadIn, ResultOf, SimilarTicket } from '@lx/types';
import type { ZodForm } from '@/hooks/useZodForm';
import type { CloudResult } from '@/services/cloud';
import { toast } from '@/utils/nav';

export type FilePayload = PayloadIn<'tickets', 'file'>;
type Filed = ResultOf<'tickets', 'file'>;

export interface FilingProps {
  submit: (payload: FilePayload) => Promise<CloudResult<Filed>>;
  onFiled: (ticket: Filed) => void;
  /** open tickets like this one nearby (附议 instead of filing twice); a failed look-up files anyway */
  findSimilar?: (payload: FilePayload) => Promise<CloudResult<SimilarTicket[]>>;
  join?: (ticket: SimilarTicket) => Promise<CloudResult<unknown>>;
  /** joined, or tapped a ticket the reporter already follows: open it */
  onJoined?: (ticket: SimilarTicket) => void;
  /** runs inside the 提交 tap once the form is valid: WeChat's subscription dialog needs a tap */
  onConsent?: () => void;
}

export function useFiling<V extends object>(p: FilingProps, form: ZodForm<V, FilePayload>, uploading: boolean) {
  const [similar, setSimilar] = useState<SimilarTicket[]>([]);
  const [joining, setJoining] = useState<string>();
  const [asked, setAsked] = useState(false);
  /** the category and place whose similar tickets the reporter has already seen and passed over */
  const [seenFor, setSeenFor] = useState('');

  /** True when similar tickets are now shown instead of filing. */
  const showSimilar = async (payload: FilePayload): Promise<boolean> => {
    const place = `${payload.categoryId}|${payload.buildingId ?? ''}`;
    if (!p.findSimilar || place === seenFor) return false;
    const found = await p.findSimilar(payload);
    // a failed look-up must not stop anyone from filing: the hint is a courtesy
    if (!found.ok || found.data.length === 0) return false;
    setSimilar(found.data);
    setSeenFor(place);
    return true;
  };

  const send = form.submit(async (payload, checkSimilar: boolean) => {
    if (!asked && p.onConsent) {
      // before the first await: WeChat only opens its dialog from inside the tap
      p.onConsent();
      setAsked(true);
    }
    if (checkSimilar && (await showSimilar(payload))) return;
    const res = await p.submit(payload);
    if (res.ok) {
      setSimilar([]);
      // filed: sending the same again would be another ticket meant
      form.done();
      p.onFiled(res.data);
    } else {
      if (res.fields) form.setErrors(res.fields);
      toast(res.message);
    }
  });

  const file = (checkSimilar: boolean) => void (uploading || joining ? undefined : send(checkSimilar));

  const joinOne = async (t: SimilarTicket) => {
    if (!p.join || joining || form.submitting) return;
    setJoining(t.id);
    const res = await p.join(t);
    setJoining(undefined);
    if (res.ok) p.onJoined?.(t);
    else toast(res.message);
  };

  return { similar, joining, file, joinOne, back: () => setSimilar([]) };
}
