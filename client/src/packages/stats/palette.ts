/**
 * The theme's colours for what the canvas draws (a canvas takes no CSS variables). They are the
 * tokens of styles/_tokens.scss; palette.test.ts holds the two together.
 */
export const TOKENS = {
  primary: '#d9302c',
  text: '#1f1f1f',
  text2: '#555',
  line: '#e6e6e6',
  ok: '#1f8a3b',
  info: '#1f5fbf',
  warn: '#c25400',
} as const;

/** Series colours in order: the first series is the app's red, then blue, green, orange. */
export const SERIES_COLOURS = [TOKENS.primary, TOKENS.info, TOKENS.ok, TOKENS.warn];
