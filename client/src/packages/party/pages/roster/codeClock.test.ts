import { CODE_SLOT_MS, codeValidUntil } from '@lx/types';
import { clockOf, countdownText, secondsLeft } from './codeClock';

const slotStart = 1_795_000_000_000 - (1_795_000_000_000 % CODE_SLOT_MS);

describe('the check-in code’s clock', () => {
  it('asks again when the slot turns, by the server’s clock even when the phone’s is off', () => {
    const serverNow = slotStart + 12_000;
    const code = { validUntil: codeValidUntil(serverNow), serverNow };
    const phoneNow = serverNow - 5 * 60_000; // the phone runs five minutes slow
    const clock = clockOf(code, phoneNow);
    expect(clock.refreshAt).toBe(slotStart + CODE_SLOT_MS);
    expect(secondsLeft(clock, phoneNow)).toBe(18);
    expect(secondsLeft(clock, phoneNow + 17_500)).toBe(1);
    expect(secondsLeft(clock, phoneNow + 18_000)).toBe(0);
    expect(secondsLeft(clock, phoneNow + 60_000)).toBe(0);
  });

  it('never asks again at once, even for an answer at the very end of its slot', () => {
    const serverNow = slotStart + CODE_SLOT_MS - 1;
    const clock = clockOf({ validUntil: codeValidUntil(serverNow), serverNow }, serverNow);
    expect(clock.refreshAt).toBe(serverNow + 1000);
  });

  it('says the seconds left, then that it is updating', () => {
    expect(countdownText(18)).toBe('18 秒后更新');
    expect(countdownText(0)).toBe('正在更新…');
  });
});
