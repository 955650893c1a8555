/** 办结: a resolution note, and after-photos where the category demands them; 核查 next where required. */
import { transitionAction } from '../flow';

export const resolve = transitionAction<'resolve'>((p) => ({
  input: { action: 'resolve', note: p.note, photos: p.photos },
  texts: [p.note],
}));
