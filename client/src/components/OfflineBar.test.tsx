import { act, render, screen } from '@testing-library/react';
import { OFFLINE_TEXT, OfflineBar } from './OfflineBar';

function network(online: boolean) {
  Object.defineProperty(window.navigator, 'onLine', { value: online, configurable: true });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

afterEach(() => network(true));

it('shows while offline, in plain words, and goes when the network is back', () => {
  render(<OfflineBar />);
  expect(screen.queryByRole('status')).toBeNull();
  act(() => network(false));
  expect(screen.getByRole('status').textContent).toBe(OFFLINE_TEXT);
  expect(OFFLINE_TEXT).toBe('网络已断开，已填写的内容会保存');
  act(() => network(true));
  expect(screen.queryByRole('status')).toBeNull();
});

it('shows at once on a page opened while offline', () => {
  network(false);
  render(<OfflineBar />);
  expect(screen.getByRole('status').textContent).toBe(OFFLINE_TEXT);
});
