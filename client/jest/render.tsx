/**
 * Rendering helpers for client tests. NutUI's taro components measure themselves through
 * createSelectorQuery, which needs a current page: each render gets one and mounts inside it.
 */
import React, { type ComponentType, type ReactElement } from 'react';
import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { connectReactPage } from '@tarojs/plugin-framework-react/dist/runtime';
import { Current, getPageInstance } from '@tarojs/runtime';

let pageSeq = 0;

export function renderInPage(ui: ReactElement) {
  const path = `/test/page${++pageSeq}`;
  (Current as { page: unknown }).page = { path, route: path };
  const host = document.body.appendChild(document.createElement('div'));
  host.id = path;
  host.className = 'taro_page';
  return render(ui, { container: host });
}

/**
 * Renders a page component the way Taro does in h5: inside its page wrapper, so its lifecycle hooks
 * (useDidShow, usePullDownRefresh, useRouter …) work. `page.trigger('onPullDownRefresh')` plays one.
 */
export function renderPage(Page: ComponentType, params: Record<string, string> = {}) {
  const path = `/test/page${++pageSeq}`;
  (Current as { page: unknown }).page = { path, route: path };
  (Current as { router: unknown }).router = { path, params, onReady: '', onHide: '', onShow: '' };
  const Wrapped = connectReactPage(React, path)(Page) as unknown as ComponentType;
  const view = render(<Wrapped />);
  const trigger = async (lifecycle: string) => {
    const inst = getPageInstance(path) as Record<string, unknown> | undefined;
    const handlers = inst?.[lifecycle];
    await act(async () => {
      for (const h of Array.isArray(handlers) ? handlers : handlers ? [handlers] : []) (h as () => void)();
    });
    await flush();
  };
  return { ...view, path, trigger };
}

/** Lets pending promises (a mocked request's answer) settle and React re-render. */
export async function flush(times = 3) {
  for (let i = 0; i < times; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

/**
 * Taro's Button is a web component (taro-button-core) around its text: a tap goes to the element
 * itself, the way a finger lands on it.
 */
export function tap(el: Element) {
  const target = el.closest('taro-button-core') ?? el.closest('taro-view-core') ?? el;
  fireEvent.click(target);
}

/**
 * Types into the textarea or input inside a Taro form component. The web component draws its inner
 * field asynchronously (Stencil), so wait for it first.
 */
export async function typeInto(host: Element, value: string) {
  const field = await waitFor(() => {
    const f = host.matches('textarea, input') ? host : host.querySelector('textarea, input');
    if (!f) throw new Error('no textarea or input inside the element yet');
    return f;
  });
  fireEvent.input(field, { target: { value } });
  await flush(1);
}
