/**
 * The one door to the backend. In the mini-program it is `wx.cloud.callFunction`; in h5 (the local
 * stack) it is the gateway's `POST /fn/<name>`, which runs the same function code. `TARO_ENV` is
 * compiled in, so each build carries only its own branch: the weapp bundle never contains the
 * gateway paths, and h5 never touches `Taro.cloud` (whose h5 stubs "succeed" with 暂时不支持 API).
 */
import Taro from '@tarojs/taro';
import type { ActionName, Fail, FnName, Ok, PayloadIn, ResultOf } from '@lx/types';
import { ERROR_MESSAGES } from '@lx/types';
import { browser, signInUrl } from './browser';
import { NETWORK_CODE } from './errors';

export { NETWORK_CODE };
export type ClientFail = Omit<Fail, 'code'> & { code: Fail['code'] | typeof NETWORK_CODE };
export type CloudResult<T> = Ok<T> | ClientFail;

export const networkFail = (): ClientFail => ({
  ok: false,
  code: NETWORK_CODE,
  message: '网络不给力，请检查网络后重试',
});
/** The server answered, and failed: to the user that reads 系统繁忙, never 网络不给力. */
const internalFail = (): ClientFail => ({
  ok: false,
  code: 'COMMON.INTERNAL',
  message: ERROR_MESSAGES['COMMON.INTERNAL'],
});

function isEnvelope(x: unknown): x is CloudResult<unknown> {
  return !!x && typeof x === 'object' && typeof (x as { ok?: unknown }).ok === 'boolean';
}

/**
 * WeChat rejects a call with the cloud's own code when the cloud answered and failed (-501xxx cloud
 * system error, -504xxx the function threw or ran out of time); a lost connection comes without one
 * (or with -1 and `request:fail`).
 */
const cloudAnswered = (err: unknown): boolean => {
  const code = (err as { errCode?: unknown } | null)?.errCode;
  return typeof code === 'number' && code <= -501000;
};

/**
 * What an HTTP answer means: the gateway's envelope as it is; without one, a 5xx is the server
 * failing (a crashed function, a proxy whose upstream is down), and anything else that is not JSON
 * came from something in between (a Wi-Fi login page), which to the user is the network.
 */
async function envelopeOf(res: Response): Promise<CloudResult<unknown>> {
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    return res.status >= 500 ? internalFail() : networkFail();
  }
  return isEnvelope(body) ? body : internalFail();
}

/**
 * Each platform's transport is its own function and the choice is a top-level constant: babel turns
 * async functions into state machines, in which webpack could no longer drop the other platform's
 * branch, so the branch must not live inside one.
 */
async function callFunctionInWeChat(name: string, action: string, payload: unknown): Promise<CloudResult<unknown>> {
  let res: Taro.cloud.CallFunctionResult;
  try {
    res = await Taro.cloud.callFunction({ name, data: { action, payload } });
  } catch (err) {
    return cloudAnswered(err) ? internalFail() : networkFail();
  }
  return isEnvelope(res.result) ? res.result : internalFail();
}

async function callGateway(name: string, action: string, payload: unknown): Promise<CloudResult<unknown>> {
  let res: Response;
  try {
    res = await fetch(`/fn/${name}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action, payload }),
    });
  } catch {
    return networkFail(); // no answer at all
  }
  const body = await envelopeOf(res);
  // No identity on the local stack: off to the demo sign-in, which comes back here.
  if (!body.ok && body.code === 'AUTH.NO_IDENTITY') browser.assign(signInUrl(browser.currentPath()));
  return body;
}

const invoke = process.env.TARO_ENV === 'weapp' ? callFunctionInWeChat : callGateway;

const carriesRequestId = (payload: unknown): boolean =>
  !!payload && typeof (payload as { requestId?: unknown }).requestId === 'string';

/**
 * A creating action's send carries its requestId (hooks/useRequestId.ts), so sending it again cannot
 * create anything twice: when its answer is lost, it is asked once more before the user is told.
 */
export async function callCloud<F extends FnName, A extends ActionName<F>>(
  name: F,
  action: A,
  payload: PayloadIn<F, A>,
): Promise<CloudResult<ResultOf<F, A>>> {
  const first = await invoke(name, action, payload);
  if (first.ok || first.code !== NETWORK_CODE || !carriesRequestId(payload)) {
    return first as CloudResult<ResultOf<F, A>>;
  }
  return invoke(name, action, payload) as Promise<CloudResult<ResultOf<F, A>>>;
}

export interface UploadedPhoto {
  /** what the cloud functions receive: `cloud://…` in WeChat, `local://…` on the local stack */
  fileID: string;
  /** what an <Image> can show right away */
  url: string;
}

const EXT_OF_TYPE: Record<string, 'jpg' | 'png' | 'webp'> = { 'image/png': 'png', 'image/webp': 'webp' };

/**
 * Where to upload: a cloud path `org.uploadSlot` draws at random and records as the caller's, the only
 * kind of file id an action accepts from them (the name is never made on the phone).
 */
const slotFor = (ext: 'jpg' | 'png' | 'webp') => callCloud('org', 'uploadSlot', { ext });

async function uploadToCloudStorage(localPath: string): Promise<CloudResult<UploadedPhoto>> {
  const slot = await slotFor('jpg');
  if (!slot.ok) return slot;
  try {
    // re-encoded before it leaves the phone: compressImage writes a new JPEG without the camera's
    // EXIF block, so the GPS position where the photo was taken is not uploaded with it
    const { tempFilePath } = await Taro.compressImage({ src: localPath, quality: 80 });
    const res = await Taro.cloud.uploadFile({ cloudPath: slot.data.cloudPath, filePath: tempFilePath });
    if (!res.fileID) return internalFail();
    return { ok: true, data: { fileID: res.fileID, url: tempFilePath } };
  } catch (err) {
    return cloudAnswered(err) ? internalFail() : networkFail();
  }
}

async function uploadToGateway(localPath: string): Promise<CloudResult<UploadedPhoto>> {
  let res: Response;
  try {
    // In h5 a chosen image is a blob: URL; the gateway takes it as multipart field `file`, after the
    // slot's `cloudPath` (and strips its EXIF block before storing it)
    const blob = await (await fetch(localPath)).blob();
    const slot = await slotFor(EXT_OF_TYPE[blob.type] ?? 'jpg');
    if (!slot.ok) return slot;
    const form = new FormData();
    form.append('cloudPath', slot.data.cloudPath);
    form.append('file', blob, slot.data.cloudPath.split('/').pop());
    res = await fetch('/upload', { method: 'POST', credentials: 'same-origin', body: form });
  } catch {
    return networkFail();
  }
  const body = await envelopeOf(res);
  if (!body.ok && body.code === 'AUTH.NO_IDENTITY') browser.assign(signInUrl(browser.currentPath()));
  return body as CloudResult<UploadedPhoto>;
}

/** Uploads one photo chosen with Taro.chooseImage and answers its file ID. */
export const uploadPhoto: (localPath: string) => Promise<CloudResult<UploadedPhoto>> =
  process.env.TARO_ENV === 'weapp' ? uploadToCloudStorage : uploadToGateway;
