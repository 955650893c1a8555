/**
 * The h5 shell's splash (index.html): shown over the grey screen while scripts load, never flashed on
 * a fast load, gone as soon as the first page is drawn.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const html = readFileSync(join(__dirname, 'index.html'), 'utf8');
const shell = new DOMParser().parseFromString(html, 'text/html');

function mountShell() {
  document.body.innerHTML = shell.body.innerHTML;
  // scripts put in by innerHTML do not run: run the remover as the browser would while parsing
  new Function(shell.getElementById('lx-splash-remover')!.textContent!)();
}

describe('the h5 splash', () => {
  it('names the app and says it is loading', () => {
    mountShell();
    const splash = document.getElementById('lx-splash')!;
    expect(splash.textContent).toContain('连心网格');
    expect(splash.textContent).toContain('正在加载…');
    expect(splash.getAttribute('role')).toBe('status');
  });

  it('fades in only after a moment (no flash on a fast load) and never takes a tap', () => {
    const css = shell.head.querySelector('style')!.textContent!;
    const rule = css.slice(css.indexOf('#lx-splash {'), css.indexOf('}', css.indexOf('#lx-splash {')));
    expect(rule).toMatch(/opacity: 0;/);
    expect(rule).toMatch(/animation: lx-splash-in [\d.]+s ease-out 0\.4s forwards;/);
    expect(rule).toMatch(/pointer-events: none;/);
  });

  it('stays while the app starts and goes when the first page is drawn', async () => {
    mountShell();
    const app = document.getElementById('app')!;
    app.appendChild(document.createElement('div')).className = 'taro_router';
    await Promise.resolve();
    expect(document.getElementById('lx-splash')).not.toBeNull();
    const page = document.createElement('div');
    page.className = 'taro_page';
    app.firstElementChild!.appendChild(page);
    await Promise.resolve();
    expect(document.getElementById('lx-splash')).toBeNull();
  });
});
