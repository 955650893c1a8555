/**
 * WeChat's `wxa_media_check` push as the platform sends it (security.mediaCheckAsync, version 2): the
 * shape the `tickets` function accepts, for tests that deliver a verdict.
 */
export function mediaPush(traceId: string, suggest: 'pass' | 'risky' | 'review' = 'pass', label = 100) {
  return {
    ToUserName: 'gh_0123456789ab',
    FromUserName: 'oAbCdEfGhIjKlMnOpQrStUvWxYz0',
    CreateTime: 1_700_000_000,
    MsgType: 'event',
    Event: 'wxa_media_check',
    appid: 'wx0123456789abcdef',
    trace_id: traceId,
    version: 2,
    detail: [{ strategy: 'content_model', errcode: 0, suggest, label, prob: 90 }],
    errcode: 0,
    errmsg: 'ok',
    result: { suggest, label },
  };
}
