import { openStack, phone, signIn } from './harness';
(async () => {
  const env = await openStack();
  const ctx = await phone(env.browser);
  const page = await ctx.newPage();
  page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 200)));
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await signIn(page, env.stack.url, { name: '张阿姨', roleLabel: '居民' });
  await page.waitForTimeout(4000);
  console.log(await page.evaluate(() => document.querySelector('.weui-tabbar')?.outerHTML.slice(0, 3000)));
  console.log(await page.evaluate(() => document.querySelector('.lx-noticebar')?.outerHTML.slice(0, 1500)));
  await page.screenshot({ path: '/tmp/home.png' });
  await env.close();
})();
