/**
 * The privacy gate (PLATFORM.md, privacy): nothing calls a protected API (location, album, camera,
 * phone) before the user has agreed to the 隐私政策. `ensurePrivacy(kind)` answers at once once she
 * has agreed (remembered on the phone, and in weapp also by WeChat's own getPrivacySetting); otherwise
 * it opens the consent sheet and answers with her choice.
 *
 * The sheet (components/PrivacySheet.tsx) is one component that registers itself here while mounted:
 * h5 mounts it once from app.tsx; weapp draws it on the pages whose code calls a protected API, since
 * a mini-program's app cannot draw over its pages. The newest mounted sheet answers (the top page's).
 * In weapp WeChat itself may also ask (`onNeedPrivacyAuthorization`, when a protected API is called
 * first): app.tsx hands its `resolve` to the same sheet through `askFromPlatform`.
 */
import Taro from '@tarojs/taro';

export type PrivacyKind = 'location' | 'album' | 'camera' | 'phone';

/** bump when the 隐私政策 changes materially, so everyone is asked again */
export const PRIVACY_VERSION = 1;
export const PRIVACY_KEY = 'lx-privacy-agreed';

/** what the sheet is asked: which kind of data the call wants (its wording) */
export interface PrivacyAsk {
  kind: PrivacyKind | 'any';
  answer: (agree: boolean) => void;
}
type Sheet = (ask: PrivacyAsk) => void;

const sheets: { sheet: Sheet; page?: string }[] = [];
let pending: PrivacyAsk | null = null;

export function privacyAgreed(): boolean {
  try {
    return Taro.getStorageSync(PRIVACY_KEY) === PRIVACY_VERSION;
  } catch {
    return false; // storage unreadable: ask again rather than assume
  }
}

function remember(agree: boolean) {
  try {
    if (agree) Taro.setStorageSync(PRIVACY_KEY, PRIVACY_VERSION);
    else Taro.removeStorageSync(PRIVACY_KEY);
  } catch {
    // storage full: the answer holds for this session only, and she is asked again next time
  }
}

/**
 * The sheet calls this while mounted, with its page's path in weapp (one sheet per page there); the
 * returned function unregisters it.
 */
export function registerPrivacySheet(sheet: Sheet, page?: string): () => void {
  const entry = { sheet, page };
  sheets.push(entry);
  return () => {
    const i = sheets.indexOf(entry);
    if (i >= 0) sheets.splice(i, 1);
  };
}

/**
 * While she reads the 隐私政策 (opened from the sheet) the sheet steps aside: in h5 it is drawn over
 * every page, the policy's too. The page sets this while it is open; sheets listen.
 */
let reading = 0;
const readingListeners = new Set<(on: boolean) => void>();
export function setReadingPolicy(on: boolean) {
  reading = Math.max(0, reading + (on ? 1 : -1));
  for (const l of readingListeners) l(reading > 0);
}
export function onReadingPolicy(listener: (on: boolean) => void): () => void {
  readingListeners.add(listener);
  listener(reading > 0);
  return () => void readingListeners.delete(listener);
}

/**
 * The sheet on the page she is looking at (weapp keeps the pages under it, and tab pages, mounted: a
 * sheet on one of those would ask where she cannot see it), or the app's one (h5, no page).
 */
function currentSheet(): Sheet | undefined {
  const trim = (path: string) => path.replace(/^\//, '').split('?')[0];
  let route: string | undefined;
  try {
    route = Taro.getCurrentPages().at(-1)?.route;
  } catch {
    route = undefined;
  }
  const onPage = route ? sheets.filter((s) => s.page !== undefined && trim(s.page) === trim(route)) : [];
  return (onPage.at(-1) ?? sheets.filter((s) => s.page === undefined).at(-1))?.sheet;
}

/** weapp without a mounted sheet on this page: WeChat's own modal, so the gate never hangs */
async function askByModal(): Promise<boolean> {
  const res = await Taro.showModal({
    title: '隐私保护提示',
    content: '使用此功能需要您同意《连心网格隐私政策》。您可以在“我的 → 隐私政策”中查看全文。',
    confirmText: '同意',
    cancelText: '不同意',
  });
  return res.confirm;
}

/** callers waiting on the open sheet: two taps (or WeChat and our code) share one question */
const waiting: ((agree: boolean) => void)[] = [];

function ask(kind: PrivacyAsk['kind']): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    waiting.push(resolve);
    if (pending) return;
    const request: PrivacyAsk = {
      kind,
      answer: (agree) => {
        if (pending === request) pending = null;
        remember(agree);
        for (const w of waiting.splice(0)) w(agree);
      },
    };
    const sheet = currentSheet();
    pending = request;
    if (sheet) sheet(request);
    else void askByModal().then(request.answer, () => request.answer(false));
  });
}

async function platformAgreed(): Promise<boolean> {
  if (process.env.TARO_ENV !== 'weapp' || typeof Taro.getPrivacySetting !== 'function') return false;
  // typed as void in Taro's declarations: the answer comes through success
  return new Promise<boolean>((resolve) => {
    Taro.getPrivacySetting({
      success: (res) => resolve(!res.needAuthorization),
      fail: () => resolve(false),
    });
  });
}

/** Resolves true once the user agrees (at once when she already has), false when she declines. */
export async function ensurePrivacy(kind: PrivacyKind): Promise<boolean> {
  if (privacyAgreed()) return true;
  if (await platformAgreed()) {
    remember(true);
    return true;
  }
  return ask(kind);
}

/**
 * weapp: WeChat's onNeedPrivacyAuthorization hands a resolve that wants the id of the
 * agreePrivacyAuthorization button she tapped; the sheet passes it as `buttonId`.
 */
export type PlatformResolve = (r: { event: 'agree' | 'disagree'; buttonId?: string }) => void;

export function askFromPlatform(resolve: PlatformResolve, buttonId: string) {
  void ask('any').then((agree) => resolve(agree ? { event: 'agree', buttonId } : { event: 'disagree' }));
}

/** tests of pages that call a protected API: she has agreed already */
export const agreePrivacyForTests = () => remember(true);

/** tests: forget the answer and any sheet */
export function resetPrivacyForTests() {
  sheets.length = 0;
  waiting.length = 0;
  reading = 0;
  pending = null;
  remember(false);
}
