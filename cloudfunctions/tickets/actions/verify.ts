/** 核查: a supervisor of the scope passes the resolution or sends it back with the reason. */
import { transitionAction } from '../flow';

export const verify = transitionAction<'verify'>((p) => ({
  input: { action: 'verify', passed: p.passed, note: p.note, photos: p.photos },
  texts: [p.note],
}));
