/**
 * A step's payload from the draft: what the server records for it (types/api/visits.ts StepPayload,
 * without the requestId the send adds). Pure, so the step screen's test and the retry's test read the
 * same thing the page sends. Not ok, with a message in the visitor's words, while the step's form is
 * incomplete; the server's own checks (lengths, tags) answer with the contract's messages.
 */
import { CONCERN_TAGS, type ConcernTag } from '@lx/types';
import type { StepBody, VisitView } from './api';
import type { DraftValues } from './draft';

export type Built = { ok: true; payload: StepBody } | { ok: false; message: string };

const isTag = (t: string): t is ConcernTag => (CONCERN_TAGS as readonly string[]).includes(t);

function heard(visitId: string, v: DraftValues): Built {
  const concerns = v.concerns.map((c) => ({ text: c.text.trim(), tag: c.tag }));
  if (concerns.some((c) => !c.text)) return { ok: false, message: '请写下每件事的内容，或删除空的一条' };
  const tagged = concerns.filter((c): c is { text: string; tag: ConcernTag } => isTag(c.tag));
  if (tagged.length < concerns.length) return { ok: false, message: '请给每件事选一个类别' };
  return { ok: true, payload: { visitId, step: 3, data: { concerns: tagged } } };
}

function handled(visit: VisitView, v: DraftValues): Built {
  const keys = visit.concerns.map((_, i) => String(i));
  if (keys.some((k) => !v.handling[k])) return { ok: false, message: '请为每件事选「当场解决」或「转为诉求」' };
  if (keys.some((k) => v.handling[k] === 'ticket' && !v.categories[k]))
    return { ok: false, message: '请为转为诉求的事选择诉求类别' };
  const note = v.doneNote.trim() || '当场解决';
  // a ticket is filed under the concern's own words, with its tag in front (the filing wants ≥ 5 characters)
  const outcomes = visit.concerns.map((c, concern) =>
    v.handling[String(concern)] === 'spot'
      ? { concern, how: 'spot' as const, note }
      : {
          concern,
          how: 'ticket' as const,
          categoryId: v.categories[String(concern)],
          description: `${c.tag}：${c.text}`,
        },
  );
  return { ok: true, payload: { visitId: visit._id, step: 5, data: { outcomes } } };
}

export function stepPayload(n: number, v: DraftValues, visit: VisitView): Built {
  const visitId = visit._id;
  switch (n) {
    case 1:
      return { ok: true, payload: { visitId, step: 1, data: {} } };
    case 2:
      return v.met
        ? { ok: true, payload: { visitId, step: 2, data: { met: true, whom: v.met } } }
        : { ok: false, message: '请选择见到了谁' };
    case 3:
      return heard(visitId, v);
    case 4:
      return v.warmth.trim()
        ? { ok: true, payload: { visitId, step: 4, data: { help: v.warmth.trim() } } }
        : { ok: false, message: '请写下做了什么' };
    default:
      return handled(visit, v);
  }
}

/** 不在家 on step 2: the visit ends here and the server schedules the retry. */
export const notHomePayload = (visit: VisitView): StepBody => ({ visitId: visit._id, step: 2, data: { met: false } });
