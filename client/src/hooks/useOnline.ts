/** Whether the phone has a connection now (services/network.ts), re-rendering when it changes. */
import { useEffect, useState } from 'react';
import { isOnline, onNetworkChange } from '@/services/network';

export function useOnline(): boolean {
  const [online, setOnline] = useState(isOnline);
  useEffect(() => {
    // it may have changed between the first render and this effect
    setOnline(isOnline());
    return onNetworkChange(setOnline);
  }, []);
  return online;
}
