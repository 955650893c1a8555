/**
 * The local-only demo sign-in page. It exists only in the gateway (a development tool bound to
 * 127.0.0.1); the weapp build and the function deploy folders never contain it (a test checks).
 */
export interface DemoIdentity {
  openid: string;
  name: string;
  roleLabel: string;
  scope: string;
  note: string;
}

/** POSTing this openid signs in as a new user: the gateway appends a random suffix. */
export const NEW_USER_PREFIX = 'demo-new-';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function loginPage(identities: readonly DemoIdentity[], next: string, current?: string): string {
  const rows = identities
    .map(
      (i) => `
    <form method="post" action="/dev/login" class="card${i.openid === current ? ' current' : ''}">
      <input type="hidden" name="openid" value="${esc(i.openid)}">
      <input type="hidden" name="next" value="${esc(next)}">
      <button type="submit" aria-label="以${esc(i.name)}（${esc(i.roleLabel)}）身份进入">
        <span class="role">${esc(i.roleLabel)}</span>
        <span class="name">${esc(i.name)}</span>
        <span class="scope">${esc(i.scope)}</span>
        <span class="note">${esc(i.note)}</span>
      </button>
    </form>`,
    )
    .join('');
  // a brand-new WeChat user (no record yet): to try invitations and first-time binding from scratch
  const fresh = `
    <form method="post" action="/dev/login" class="card">
      <input type="hidden" name="openid" value="${NEW_USER_PREFIX}">
      <input type="hidden" name="next" value="${esc(next)}">
      <button type="submit" aria-label="以一个新微信用户身份进入">
        <span class="role">新用户</span>
        <span class="name">新的微信用户</span>
        <span class="scope">每次进入都是一个从未使用过小程序的新身份</span>
        <span class="note">用于试用邀请码加入（网格员、社区工作人员等），或从头绑定住址</span>
      </button>
    </form>`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>选择演示身份 · 连心网格（本地）</title>
<style>
  body{margin:0;font-family:"PingFang SC","WenQuanYi Micro Hei","Microsoft YaHei",sans-serif;background:#f5f6f7;color:#1a1a1a}
  header{background:#d9261c;color:#fff;padding:20px 16px}
  header h1{margin:0;font-size:20px} header p{margin:6px 0 0;font-size:13px;opacity:.9}
  main{padding:12px;max-width:640px;margin:0 auto}
  .card button{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;width:100%;text-align:left;background:#fff;border:1px solid #e5e5e5;border-radius:10px;padding:14px;margin:0 0 10px;font:inherit;cursor:pointer}
  .card.current button{border-color:#d9261c;box-shadow:0 0 0 1px #d9261c}
  .role{grid-row:span 3;align-self:center;background:#fdecea;color:#d9261c;border-radius:6px;padding:4px 8px;font-size:14px}
  .name{font-size:17px;font-weight:600} .scope{font-size:14px;color:#555} .note{font-size:13px;color:#888}
  footer{font-size:12px;color:#999;text-align:center;padding:16px}
</style></head>
<body>
<header><h1>选择演示身份</h1><p>本页仅在本地演示环境中提供，用于模拟不同角色登录；正式小程序通过微信身份登录。</p></header>
<main>${rows}${fresh}</main>
<footer>连心网格 · 本地模拟云开发环境</footer>
</body></html>`;
}
