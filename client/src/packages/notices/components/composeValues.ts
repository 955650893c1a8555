/**
 * A notice being composed, as the form holds it, and the notices.save payload it becomes (pure, so
 * the form, its page and the tests share one translation).
 */
import { cstInstant, paragraphs, type NoticeCategory, type PayloadIn, type ScopeOption } from '@lx/types';
import type { CloudResult, UploadedPhoto } from '@/services/cloud';

export interface ComposeValues {
  title: string;
  category: NoticeCategory;
  targets: string[];
  text: string;
  images: UploadedPhoto[];
  pinned: boolean;
  /** "YYYY-MM-DD" and "HH:mm" in China time; empty: publish now */
  publishDate: string;
  publishTime: string;
  /** "YYYY-MM-DD"; empty: no expiry (the notice expires at the end of that day) */
  expiryDate: string;
}

export const emptyCompose = (): ComposeValues => ({
  title: '',
  category: 'notice',
  targets: [],
  text: '',
  images: [],
  pinned: false,
  publishDate: '',
  publishTime: '08:00',
  expiryDate: '',
});

/** The form's notice as notices.save reads it; useZodForm adds the requestId (one per save meant). */
export function toPayload(v: ComposeValues, id?: string): Omit<PayloadIn<'notices', 'save'>, 'requestId'> {
  return {
    ...(id ? { id } : {}),
    title: v.title,
    category: v.category,
    targets: v.targets,
    body: [...paragraphs(v.text), ...v.images.map((i) => ({ type: 'img' as const, fileId: i.fileID }))],
    pinned: v.pinned,
    ...(v.publishDate ? { publishAt: cstInstant(v.publishDate, v.publishTime) } : {}),
    ...(v.expiryDate ? { expiresAt: cstInstant(v.expiryDate, '23:59') } : {}),
  };
}

/** Loads one grid's buildings (notices.scopes with gridId). */
export type LoadBuildings = (gridId: string) => Promise<CloudResult<{ options: ScopeOption[] }>>;

/**
 * The scope after tapping `id`: the whole excludes everything else, and a grid and its own
 * buildings exclude each other (the grid already covers them).
 */
export function toggleTarget(
  value: readonly string[],
  id: string,
  wholeId: string | undefined,
  known: ReadonlyMap<string, ScopeOption>,
): string[] {
  if (id === wholeId) return value.includes(id) ? [] : [id];
  const o = known.get(id);
  const rest = value.filter((x) => {
    if (x === wholeId) return false;
    const k = known.get(x);
    // a building drops its grid, a grid drops its buildings
    if (o?.type === 'building' && x === o.gridId) return false;
    if (o?.type === 'grid' && k?.type === 'building' && k.gridId === id) return false;
    return true;
  });
  return rest.includes(id) ? rest.filter((x) => x !== id) : [...rest, id];
}
