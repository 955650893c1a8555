import { CreateActivityPayload, cstInstant, DAY } from '@lx/types';
import { validate } from '@/utils/form';
import { activityInput, initialActivity } from './activityForm';

const NOW = cstInstant('2026-11-20', '10:00');
const filled = {
  ...initialActivity(NOW),
  title: '河南路环境整治',
  category: '环境整治' as const,
  placeName: '河南路社区广场',
  lng: '113.6401',
  lat: '34.7566',
};
const withId = (input: object) => ({ ...input, requestId: 'req-000000001' });

describe('发布活动’s form → the contract', () => {
  it('starts tomorrow 09:00–11:00 with 200 m, 30 places and 2 hours, and sends what the schema reads', () => {
    const input = activityInput(filled, 'c1');
    expect(input).toMatchObject({
      startAt: cstInstant('2026-11-21', '09:00'),
      endAt: cstInstant('2026-11-21', '11:00'),
      place: { name: '河南路社区广场', point: { lng: 113.6401, lat: 34.7566 }, radiusM: 200 },
      capacity: 30,
      hours: 2,
    });
    expect(validate(CreateActivityPayload, withId(input)).ok).toBe(true);
  });

  it('an end time before the start runs into the next day', () => {
    const input = activityInput({ ...filled, startTime: '20:00', endTime: '01:00' }, 'c1');
    expect(input.endAt - input.startAt).toBe(5 * 3_600_000);
    expect(input.endAt).toBe(cstInstant('2026-11-21', '01:00') + DAY);
  });

  it('without a place or a category the schema says so in Chinese, under their fields', () => {
    const res = validate(CreateActivityPayload, withId(activityInput({ ...filled, lng: '', category: '' }, 'c1')));
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.errors.category).toBe('请选择服务类别');
    expect(res.errors['place.point']).toBeTruthy();
    expect(res.errors['place.point']).not.toMatch(/[A-Za-z]{4}/);
  });
});
