import { areaHolding, metresBetween, placeOf, withinBoundary } from './geo';

const rect = (west: number, south: number, east: number, north: number) => [
  { lng: west, lat: south },
  { lng: east, lat: south },
  { lng: east, lat: north },
  { lng: west, lat: north },
];
// two communities side by side, each with two grids: west/east halves
const communities = [
  { _id: 'c-a', boundary: rect(0, 0, 2, 1) },
  { _id: 'c-b', boundary: rect(2, 0, 4, 1) },
];
const grids = [
  { _id: 'g-a1', communityId: 'c-a', boundary: rect(0, 0, 1, 1) },
  { _id: 'g-a2', communityId: 'c-a', boundary: rect(1, 0, 2, 1) },
  { _id: 'g-b1', communityId: 'c-b', boundary: rect(2, 0, 3, 1) },
  { _id: 'g-b2', communityId: 'c-b', boundary: rect(3, 0, 4, 1) },
];

describe('a boundary holds a point', () => {
  const square = rect(0, 0, 1, 1);
  it('inside, outside, and on an edge or a vertex (counted inside), ring closed or not', () => {
    expect(withinBoundary({ lng: 0.5, lat: 0.5 }, square)).toBe(true);
    expect(withinBoundary({ lng: 1.5, lat: 0.5 }, square)).toBe(false);
    expect(withinBoundary({ lng: 1, lat: 0.5 }, square)).toBe(true);
    expect(withinBoundary({ lng: 1, lat: 1 }, square)).toBe(true);
    expect(withinBoundary({ lng: 1, lat: 0.5 }, [...square, square[0]])).toBe(true);
  });

  it('no boundary, or fewer than three points, holds nothing', () => {
    expect(withinBoundary({ lng: 0, lat: 0 }, undefined)).toBe(false);
    expect(withinBoundary({ lng: 0, lat: 0 }, square.slice(0, 2))).toBe(false);
  });
});

describe('where a point is: the same grid whatever order the areas come in', () => {
  const orders = [grids, [...grids].reverse()];

  it('a point on the edge two grids share goes to the lower id, in any order', () => {
    for (const g of orders) {
      expect(placeOf({ lng: 1, lat: 0.5 }, g, communities)).toEqual({ grid: grids[0], community: communities[0] });
    }
  });

  it('a point on the edge between two communities lands in one grid and that grid’s community', () => {
    for (const g of orders) {
      const at = placeOf({ lng: 2, lat: 0.3 }, g, [...communities].reverse());
      expect(at.grid?._id).toBe('g-a2');
      expect(at.community?._id).toBe('c-a');
    }
  });

  it('a vertex shared by four areas', () => {
    for (const g of orders) expect(placeOf({ lng: 2, lat: 1 }, g, communities).grid?._id).toBe('g-a2');
  });

  it('with no grid there, the community (its triage queue); outside everything, nothing', () => {
    expect(placeOf({ lng: 1, lat: 0.5 }, [], communities)).toEqual({ community: communities[0] });
    expect(placeOf({ lng: 9, lat: 9 }, grids, communities)).toEqual({});
    expect(areaHolding({ lng: 9, lat: 9 }, grids)).toBeUndefined();
  });
});

describe('distances', () => {
  it('measures metres on the earth’s surface', () => {
    expect(metresBetween({ lng: 114.3, lat: 35.7 }, { lng: 114.3, lat: 35.7 })).toBe(0);
    // 0.001° of latitude is about 111 m anywhere
    expect(metresBetween({ lng: 114.3, lat: 35.7 }, { lng: 114.3, lat: 35.701 })).toBeCloseTo(111.2, 0);
  });
});
