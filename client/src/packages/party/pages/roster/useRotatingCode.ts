/**
 * The rotating check-in code on the organiser's phone: asked for on open, asked again as each slot
 * turns (codeClock.ts), a countdown ticking every second. After a failure it waits for a tap (重试),
 * so a phone without network does not ask every second.
 */
import { useEffect, useRef, useState } from 'react';
import type { ClientFail } from '@/services/cloud';
import { type CheckInCode, checkInCode } from '../../staffApi';
import { type CodeClock, clockOf, secondsLeft } from './codeClock';

export interface RotatingCode {
  code: CheckInCode | undefined;
  seconds: number;
  error: ClientFail | undefined;
  retry: () => void;
}

export function useRotatingCode(communityId: string, activityId: string, enabled: boolean): RotatingCode {
  const [code, setCode] = useState<CheckInCode>();
  const [error, setError] = useState<ClientFail>();
  const [now, setNow] = useState(() => Date.now());
  const clock = useRef<CodeClock>();
  const busy = useRef(false);

  const ask = async () => {
    if (busy.current) return;
    busy.current = true;
    const res = await checkInCode(communityId, activityId);
    busy.current = false;
    if (res.ok) {
      clock.current = clockOf(res.data, Date.now());
      setCode(res.data);
      setError(undefined);
    } else {
      clock.current = undefined;
      setError(res);
    }
    setNow(Date.now());
  };

  useEffect(() => {
    if (!enabled) return undefined;
    void ask();
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [enabled, communityId, activityId]);

  const seconds = clock.current ? secondsLeft(clock.current, now) : 0;
  useEffect(() => {
    if (enabled && clock.current && seconds === 0) void ask();
  }, [enabled, seconds]);

  return { code: error ? undefined : code, seconds, error, retry: () => void ask() };
}
