/**
 * A step's payload from the draft: what the server records for it. Pure, so the step screen's test
 * and the retry's test read the same thing the page sends. Undefined with a message when the step's
 * form is not complete yet (the message says what is missing, in the visitor's words).
 */
import type { VisitDetail } from './api';
import type { DraftValues } from './draft';

export type Built = { ok: true; payload: Record<string, unknown> } | { ok: false; message: string };

export function stepPayload(n: number, v: DraftValues, visit: VisitDetail): Built {
  const base = { visitId: visit.id, step: n };
  // each step's record goes as `data` (types/visits.ts StepData)
  switch (n) {
    case 1:
      return { ok: true, payload: { ...base, data: {} } };
    case 2:
      return v.met
        ? { ok: true, payload: { ...base, data: { met: true, whom: v.met } } }
        : { ok: false, message: '请选择见到了谁' };
    case 3: {
      const concerns = v.concerns.map((c) => ({ text: c.text.trim(), tag: c.tag }));
      if (concerns.some((c) => !c.text)) return { ok: false, message: '请写下每件事的内容，或删除空的一条' };
      if (concerns.some((c) => !c.tag)) return { ok: false, message: '请给每件事选一个类别' };
      return { ok: true, payload: { ...base, data: { concerns } } };
    }
    case 4:
      return v.warmth.trim()
        ? { ok: true, payload: { ...base, data: { help: v.warmth.trim() } } }
        : { ok: false, message: '请写下做了什么' };
    default: {
      const open = visit.concerns.filter((c) => !v.handling[c.id]);
      if (open.length) return { ok: false, message: '请为每件事选「当场解决」或「转为诉求」' };
      // concerns by their index in step 3; a ticket is filed under the concern's own words
      // TODO(contract): the category of a 转为诉求 (categoryId) is not chosen on screen yet
      const outcomes = visit.concerns.map((c, concern) =>
        v.handling[c.id] === 'spot'
          ? { concern, how: 'spot', note: v.doneNote.trim() || '当场解决' }
          : { concern, how: 'ticket', categoryId: c.categoryId ?? '', description: c.text },
      );
      return { ok: true, payload: { ...base, data: { outcomes } } };
    }
  }
}

/** 不在家 on step 2: the visit ends here and a retry is scheduled by the server. */
export const notHomePayload = (visit: VisitDetail) => ({ visitId: visit.id, step: 2, data: { met: false } });
