import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOKENS } from './palette';

const scss = readFileSync(join(__dirname, '../../styles/_tokens.scss'), 'utf8');
const token = (name: string) => new RegExp(`^\\$${name}:\\s*([^;]+);`, 'm').exec(scss)?.[1].trim();

describe('the charts draw with the theme tokens', () => {
  it.each([
    ['primary', TOKENS.primary],
    ['text', TOKENS.text],
    ['text-2', TOKENS.text2],
    ['line', TOKENS.line],
    ['ok', TOKENS.ok],
    ['info', TOKENS.info],
    ['warn', TOKENS.warn],
  ])('$%s is the same colour in _tokens.scss and palette.ts', (name, colour) => {
    expect(token(name)).toBe(colour);
  });
});
