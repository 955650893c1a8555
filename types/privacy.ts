/** Masking of personal information wherever it is shown to someone who does not handle the case. */
export const maskPhone = (phone: string): string =>
  phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';

export const maskName = (name: string): string => {
  const chars = [...name];
  if (chars.length <= 1) return '*';
  return chars[0] + '*'.repeat(chars.length - 1);
};

/** Strip personal information from a value before it goes to a log line. */
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = /phone|name|address|room|description|text|openid|reporter/i.test(k) ? '[redacted]' : redact(v);
    }
    return out;
  }
  return value;
}
