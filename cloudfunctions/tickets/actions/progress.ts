/** 处置进展: a note (and photos) on the timeline the reporter reads. */
import { transitionAction } from '../flow';

export const progress = transitionAction<'progress'>((p) => ({
  input: { action: 'progress', note: p.note, photos: p.photos },
  texts: [p.note],
}));
