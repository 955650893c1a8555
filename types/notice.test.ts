import { audienceKeys, covers, NEVER, noticeRank, noticeState, paragraphs, sharePercent } from './notice';
import type { HomeAddress } from './user';

const home: HomeAddress = {
  streetId: 's',
  communityId: 'c1',
  compoundId: 'p1',
  buildingId: 'b1',
  gridId: 'g1',
  text: '',
  boundAt: 0,
};

describe('notice scope', () => {
  it('a home answers to its street, community, grid and building', () => {
    expect(audienceKeys('s', home)).toEqual(['s', 'c1', 'g1', 'b1']);
    expect(covers(['g1', 'g2'], 's', home)).toBe(true);
    expect(covers(['c2', 'g9', 'b7'], 's', home)).toBe(false);
  });

  it('an unbound resident hears only the whole street', () => {
    expect(audienceKeys('s', undefined)).toEqual(['s']);
    expect(covers(['s'], 's', undefined)).toBe(true);
    expect(covers(['c1'], 's', undefined)).toBe(false);
  });

  it('a home in a building not yet mapped to a grid still hears its community and building', () => {
    const { gridId: _g, ...unmapped } = home;
    expect(audienceKeys('s', unmapped)).toEqual(['s', 'c1', 'b1']);
  });
});

describe('notice state and order', () => {
  const now = 1_000_000;
  it('scheduled and expired are read off the clock', () => {
    expect(noticeState({ status: 'published', publishAt: now + 1, expiresAt: NEVER }, now)).toBe('scheduled');
    expect(noticeState({ status: 'published', publishAt: now, expiresAt: NEVER }, now)).toBe('published');
    expect(noticeState({ status: 'published', publishAt: 0, expiresAt: now }, now)).toBe('expired');
    expect(noticeState({ status: 'withdrawn', publishAt: 0, expiresAt: NEVER }, now)).toBe('withdrawn');
  });

  it('pinned notices rank above any unpinned one, each newest first', () => {
    expect(noticeRank(true, 1)).toBeGreaterThan(noticeRank(false, Date.parse('2200-01-01')));
    expect(noticeRank(false, 2)).toBeGreaterThan(noticeRank(false, 1));
  });

  it('read share is a whole percent, never over 100, 0 with nobody in scope', () => {
    expect(sharePercent(1, 3)).toBe(33);
    expect(sharePercent(5, 3)).toBe(100);
    expect(sharePercent(0, 0)).toBe(0);
  });

  it('plain text becomes paragraphs, blank lines dropped', () => {
    expect(paragraphs(' a \n\n b\n')).toEqual([
      { type: 'p', text: 'a' },
      { type: 'p', text: 'b' },
    ]);
  });
});
