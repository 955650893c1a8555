/**
 * What the layout and 长辈模式 journeys share. What they measure on a page, run inside it (page.evaluate), in CSS px from computed
 * styles: the smallest visible text, typed text, the main action's height (the primary NutUI button,
 * where the page has one), the contrast of body text (the colour most of the page's words are in)
 * against the background it sits on (WCAG 2 formula), and the smallest tap target.
 */
import type { Page } from 'playwright-core';

export interface Figures {
  minText: number;
  minTextSample: string;
  typed: number | null;
  mainAction: number | null;
  bodyContrast: number;
  minContrast: number;
  /** the words drawn at the lowest contrast, and their colour on their background */
  minContrastSample: string;
  /** the smaller side of the smallest tap target, and its words */
  minTarget: number | null;
  minTargetSample: string;
}

/**
 * Buttons, and the words and marks that work as buttons (拨打, the photo's ×, 查看 ›, 清除 …): their
 * labels must show whole (e2e/layout.e2e.ts) and they are tap targets. A page that adds one of its
 * own adds its class here.
 */
export const BUTTON_LIKE = [
  '.nut-button',
  'button',
  '[role="button"]',
  '.lx-chip',
  '.lx-link',
  '.lx-photos__remove',
  '.lx-reporter__call',
  '.lx-person__call',
  '.lx-section__more',
  '.lx-readbar__action',
  '.lx-compose__clear',
  '.lx-segments__item',
].join(', ');

/** Tap targets that are not buttons: rows and tiles. */
const TAP_TARGETS = ['.lx-cell', '.lx-entry', '.lx-photos__add'].join(', ');

/** Runs in the page: every visible element with words of its own. */
function measure(): Omit<Figures, 'minTarget' | 'minTargetSample'> {
  const lum = (c: string) => {
    const [r, g, b] = (c.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
    const ch = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
  };
  const opaque = (c: string) => !/rgba\(.*,\s*0\)$/.test(c) && c !== 'transparent';
  /** the colour behind an element; null behind a gradient or picture (NutUI's primary button), not measured */
  const background = (el: Element | null): string | null => {
    for (let e = el; e; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (style.backgroundImage !== 'none') return null;
      if (opaque(style.backgroundColor)) return style.backgroundColor;
    }
    return 'rgb(255, 255, 255)';
  };
  const contrast = (a: string, b: string) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  const shown = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  let minText = Infinity;
  let minTextSample = '';
  let minContrast = Infinity;
  let minContrastSample = '';
  const weight = new Map<string, { chars: number; ratio: number }>();
  for (const el of Array.from(document.querySelectorAll('body *'))) {
    const own = Array.from(el.childNodes)
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent ?? '')
      .join('')
      .trim();
    if (!own || !shown(el)) continue;
    const style = getComputedStyle(el);
    const size = parseFloat(style.fontSize);
    if (size < minText) [minText, minTextSample] = [size, own.slice(0, 12)];
    const bg = background(el);
    if (!bg) continue;
    const ratio = contrast(style.color, bg);
    if (ratio < minContrast) [minContrast, minContrastSample] = [ratio, `${own.slice(0, 12)} ${style.color} on ${bg}`];
    const key = `${style.color}|${bg}`;
    const w = weight.get(key) ?? { chars: 0, ratio };
    weight.set(key, { chars: w.chars + own.length, ratio });
  }
  const body = [...weight.values()].sort((a, b) => b.chars - a.chars)[0];
  const typedBox = Array.from(document.querySelectorAll('textarea, input:not([type=hidden])')).find(shown);
  const button = Array.from(document.querySelectorAll('.nut-button-primary')).find(shown);
  return {
    minText,
    minTextSample,
    typed: typedBox ? parseFloat(getComputedStyle(typedBox).fontSize) : null,
    mainAction: button ? button.getBoundingClientRect().height : null,
    bodyContrast: body?.ratio ?? 0,
    minContrast,
    minContrastSample,
  };
}

/** Runs in the page: the smallest visible tap target (the smaller of its two sides). */
function measureTargets(targets: string): Pick<Figures, 'minTarget' | 'minTargetSample'> {
  let minTarget: number | null = null;
  let minTargetSample = '';
  for (const t of Array.from(document.querySelectorAll(targets))) {
    const r = t.getBoundingClientRect();
    if (r.width === 0 || !t.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    const side = Math.min(r.width, r.height);
    if (minTarget === null || side < minTarget) {
      minTarget = side;
      minTargetSample = ((t as HTMLElement).innerText || t.getAttribute('aria-label') || t.className)
        .trim()
        .slice(0, 12);
    }
  }
  return { minTarget, minTargetSample };
}

/** The figures of the page as it is now. */
export async function figures(page: Page): Promise<Figures> {
  const targets = `${BUTTON_LIKE}, ${TAP_TARGETS}`;
  return { ...(await page.evaluate(measure)), ...(await page.evaluate(measureTargets, targets)) };
}

/** Until nothing on the visible page is loading, and a moment for late rows and fonts. */
export async function settled(page: Page): Promise<void> {
  await page.locator('.lx-state[aria-busy]').filter({ visible: true }).first().waitFor({ state: 'hidden' });
  await page.waitForTimeout(500);
}

/** Opens the first entry of the list on the visible page (a ticket, a notice). */
export const firstRow = (page: Page) => page.locator('.lx-row').filter({ visible: true }).first().click();

/** One printed line of a page's figures. */
export function figuresLine(mode: string, name: string, f: Figures): string {
  const n = (v: number | null, unit = 'px') => (v === null ? '—' : `${v.toFixed(1)}${unit}`);
  return (
    `elder figures ${mode} ${name}: smallest text ${n(f.minText)} (“${f.minTextSample}”), typed ${n(f.typed)}, ` +
    `main action ${n(f.mainAction)}, smallest target ${n(f.minTarget)} (“${f.minTargetSample}”), ` +
    `body contrast ${f.bodyContrast.toFixed(2)}:1, lowest contrast ${f.minContrast.toFixed(2)}:1 (“${f.minContrastSample}”)`
  );
}
