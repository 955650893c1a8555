import config from '../lianxin.config.json';
import {
  fitField,
  isValidMessageTime,
  SUBSCRIPTION_KEYS,
  SUBSCRIPTION_TEMPLATES,
  subscriptionRequests,
} from './subscriptions';

describe('subscription templates', () => {
  it('come from lianxin.config.json, one per key, one-time unless the config says long-term', () => {
    expect(Object.keys(config.subscriptions).sort()).toEqual([...SUBSCRIPTION_KEYS].sort());
    for (const k of SUBSCRIPTION_KEYS) {
      expect(SUBSCRIPTION_TEMPLATES[k]).toMatchObject(config.subscriptions[k]);
      expect(SUBSCRIPTION_TEMPLATES[k].title.length).toBeGreaterThan(0);
    }
    // one-time is the default: long-term templates need WeChat's approval, a deployment opts in
    expect(SUBSCRIPTION_KEYS.filter((k) => SUBSCRIPTION_TEMPLATES[k].longTerm)).toEqual([]);
  });

  it('never mixes one-time and long-term templates in one request', () => {
    // as a deployment with the staff reminders long-term configures it
    SUBSCRIPTION_TEMPLATES.ticketTask.longTerm = true;
    try {
      expect(subscriptionRequests(['ticketTask', 'ticketProgress', 'notice'])).toEqual([
        ['ticketProgress', 'notice'],
        ['ticketTask'],
      ]);
    } finally {
      SUBSCRIPTION_TEMPLATES.ticketTask.longTerm = false;
    }
    expect(subscriptionRequests(['notice'])).toEqual([['notice']]);
  });
});

describe('fitting a value to its keyword', () => {
  it('cuts thing to 20 with …, phrase to 5 and character_string to 32 plainly', () => {
    expect(fitField('thing2', '一二三四五六七八九十一二三四五六七八九十一')).toBe(
      '一二三四五六七八九十一二三四五六七八九…',
    );
    expect(fitField('thing2', '一二三四五六七八九十一二三四五六七八九十')).toBe(
      '一二三四五六七八九十一二三四五六七八九十',
    );
    expect(fitField('phrase3', '等待网格员签收')).toBe('等待网格员');
    expect(fitField('character_string1', 'x'.repeat(40))).toBe('x'.repeat(32));
  });

  it('passes a time WeChat accepts and refuses one it would reject', () => {
    for (const ok of [
      '2026-11-21 10:00',
      '2026-11-21',
      '2026年11月21日 10:00',
      '15:01',
      '2026-11-21 08:00~2026-11-21 10:00',
    ])
      expect(fitField('time4', ok)).toBe(ok);
    for (const bad of ['明天上午', '2026-13-01', '25:00', '']) expect(isValidMessageTime(bad)).toBe(false);
    expect(() => fitField('time4', '明天上午')).toThrow();
  });
});
