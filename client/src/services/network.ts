/**
 * Whether the phone has a connection, and word when that changes: WeChat's getNetworkType /
 * onNetworkStatusChange in the mini-program, the browser's navigator.onLine and online/offline events
 * in h5. One subscription to the platform for the whole app; the offline bar (components/OfflineBar)
 * and the check-in outbox (services/outbox.ts) listen here.
 *
 * "Online" is the platform's word: a connection to a Wi-Fi that reaches nothing still says online, so
 * nothing here replaces a failed call's own answer (COMMON.NETWORK); it only says when to try again.
 */
import Taro from '@tarojs/taro';

type Listener = (online: boolean) => void;

const WEAPP = process.env.TARO_ENV === 'weapp';
const listeners = new Set<Listener>();
const browserOnline = () => typeof navigator === 'undefined' || navigator.onLine !== false;
// weapp: what WeChat said last; h5 reads the browser's own word each time
let online = WEAPP || browserOnline();
let started = false;

function tell(next: boolean) {
  if (next === online) return;
  online = next;
  for (const l of [...listeners]) l(next);
}

function start() {
  if (started) return;
  started = true;
  if (WEAPP) {
    Taro.onNetworkStatusChange((res) => tell(res.isConnected));
    Taro.getNetworkType()
      .then((res) => tell(res.networkType !== 'none'))
      .catch(() => undefined); // unknown: stay as we were (online), a call's own failure says otherwise
    return;
  }
  if (typeof window === 'undefined') return;
  window.addEventListener('online', () => tell(browserOnline()));
  window.addEventListener('offline', () => tell(browserOnline()));
}

/** The last thing the platform said (online until it says otherwise). */
export function isOnline(): boolean {
  start();
  return WEAPP ? online : browserOnline();
}

/** Calls `listener` on every change; answers the unsubscribe. */
export function onNetworkChange(listener: Listener): () => void {
  start();
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
