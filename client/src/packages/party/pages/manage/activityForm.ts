/**
 * 发布活动's form as the page holds it (text in fields, one day with a start and an end time) and as
 * the contract reads it (types/api/party-service.ts CreateActivityPayload: instants, a place with a
 * point and a radius, numbers). Pure, so the conversion is tested without a page.
 */
import { cstDate, cstInstant, DAY, type GeoPoint, type PostCategory } from '@lx/types';

export interface ActivityFormValues {
  title: string;
  category: PostCategory | '';
  description: string;
  date: string;
  startTime: string;
  endTime: string;
  placeName: string;
  /** typed or picked, as text (a field's value) */
  lng: string;
  lat: string;
  radiusM: string;
  capacity: string;
  hours: string;
}

export const DEFAULT_RADIUS_M = 200;

/** Tomorrow 09:00–11:00, 200 m, 30 places, 2 hours: what most activities are. */
export const initialActivity = (now: number): ActivityFormValues => ({
  title: '',
  category: '',
  description: '',
  date: cstDate(now + DAY),
  startTime: '09:00',
  endTime: '11:00',
  placeName: '',
  lng: '',
  lat: '',
  radiusM: String(DEFAULT_RADIUS_M),
  capacity: '30',
  hours: '2',
});

/** A field's number, or undefined for an empty one (the schema then says 请填写…). */
const num = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text.trim()));

/** The point, when both halves are there (the schema says 请选择活动地点 / 位置无效 otherwise). */
const pointOf = (v: ActivityFormValues): GeoPoint | undefined => {
  const lng = num(v.lng);
  const lat = num(v.lat);
  return lng === undefined || lat === undefined ? undefined : { lng, lat };
};

export function activityInput(v: ActivityFormValues, communityId: string) {
  const description = v.description.trim();
  return {
    communityId,
    title: v.title,
    category: v.category || undefined,
    ...(description ? { description } : {}),
    startAt: cstInstant(v.date, v.startTime),
    // an end before the start runs past midnight (an evening patrol until 01:00)
    endAt: cstInstant(v.date, v.endTime) + (v.endTime <= v.startTime ? DAY : 0),
    place: { name: v.placeName, point: pointOf(v), radiusM: num(v.radiusM) },
    capacity: num(v.capacity),
    hours: num(v.hours),
  };
}

/** Which field's error a value's edit clears (the schema names the nested ones by their path). */
export const ACTIVITY_ERROR_OF: Partial<Record<keyof ActivityFormValues, string>> = {
  date: 'startAt',
  startTime: 'startAt',
  endTime: 'endAt',
  placeName: 'place.name',
  lng: 'place.point',
  lat: 'place.point',
  radiusM: 'place.radiusM',
};
