import { useEffect, useState } from 'react';

/**
 * The current time, ticking every `everyMs` while the page is mounted, so a countdown a handler left
 * open on the screen turns 已超期 when the deadline passes instead of at the next refresh.
 */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
