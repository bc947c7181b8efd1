/**
 * WCAG AA contrast of the panel's colour pairs (4.5:1 for text). Colours are read from
 * panel.css, so a change there that breaks contrast fails here.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = fs.readFileSync(new URL('./panel.css', import.meta.url), 'utf8');
const vars = Object.fromEntries(
  [...css.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]),
);
const color = (c: string) => (c.startsWith('--') ? (vars[c] ?? 'missing') : c);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const TEXT_PAIRS: Array<[string, string, string]> = [
  ['body text', '--text', '#ffffff'],
  ['bot bubble', '--text', '--bot-bg'],
  ['agent bubble', '--text', '--agent-bg'],
  ['labels and meta', '--muted', '#ffffff'],
  ['muted on bot bubble', '--muted', '--bot-bg'],
  ['rating hint', '--muted', '#fafbfc'],
  ['header and customer bubble', '#ffffff', '--brand'],
  ['button hover', '#ffffff', '--brand-dark'],
  ['chips and talk-to-a-person', '--brand-dark', '#ffffff'],
  ['status pill', '--brand-dark', '#e8eefc'],
  ['queue card', '--brand-dark', '#f4f7fe'],
  ['agent name', '--agent-ink', '#ffffff'],
  ['agent notice', '--agent-ink', '--agent-bg'],
  ['errors', '--danger', '#ffffff'],
  ['cancelled pill', '--danger', '#fbe9e7'],
  ['offline banner', '#6b3d00', '#fff4e5'],
  ['disabled button', '#5c6168', '#e9ebee'],
  ['rating star', '#6f7680', '#ffffff'],
  ['chosen star', '#8a5a00', '#fff4d6'],
];

describe('panel colours', () => {
  it.each(TEXT_PAIRS)('%s passes WCAG AA (4.5:1)', (_name, fg, bg) => {
    expect(contrast(color(fg), color(bg))).toBeGreaterThanOrEqual(4.5);
  });
});
