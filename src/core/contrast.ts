/**
 * Keeps a widget's text readable whatever colours a portal sets.
 *
 * Kinship's own light and dark colours meet WCAG AA (a test holds them). A portal may set any
 * subset of the `--kin-color-*` tokens (its brand's primary, a surface), and a combination can fail:
 * a pale brand colour under white button text, or a light text colour on a light surface. Imported
 * only when a page sets tokens, this resolves the colours the widget actually uses and, where a
 * pair falls below its contrast ratio, moves the foreground towards black or white (keeping its hue)
 * until it passes — on the element only, through CSSOM custom properties — and tells the admin once.
 */
import { warnOnce } from './log.js';

type Rgb = [number, number, number];

/** Text and the backgrounds it is drawn on, with the ratio it needs (1.4.3; 1.4.11 for focus). */
const PAIRS: [foreground: string, backgrounds: string[], ratio: number][] = [
  ['text', ['surface', 'surface-alt'], 4.5],
  ['muted', ['surface', 'surface-alt'], 4.5],
  ['primary', ['surface', 'surface-alt'], 4.5],
  ['danger', ['surface', 'surface-alt'], 4.5],
  ['on-primary', ['primary'], 4.5],
  ['focus', ['surface'], 3],
];

function parse(color: string): Rgb | null {
  const match = /^rgba?\(([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(color);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** `color` moved towards black or white, whichever reaches `ratio` against every background first. */
function readable(color: Rgb, backgrounds: Rgb[], ratio: number): Rgb {
  const passes = (candidate: Rgb) => backgrounds.every((bg) => contrast(candidate, bg) >= ratio);
  let best = color;
  for (const target of [0, 255]) {
    for (let step = 1; step <= 20; step++) {
      const mixed = color.map((channel) => channel + ((target - channel) * step) / 20) as Rgb;
      if (passes(mixed)) return mixed;
      best = mixed;
    }
  }
  return best;
}

/**
 * Checks the colours `base` (a widget's `.base`) resolves to, and fixes the foregrounds that fail.
 * Returns the tokens it had to change.
 */
export function guardContrast(base: HTMLElement): string[] {
  const probe = base.ownerDocument.createElement('span');
  probe.hidden = true;
  base.append(probe);
  const resolve = (name: string): Rgb | null => {
    probe.style.color = `var(--_${name})`;
    return parse(getComputedStyle(probe).color);
  };
  const changed: string[] = [];
  try {
    for (const [name, backgroundNames, ratio] of PAIRS) {
      const color = resolve(name);
      const backgrounds = backgroundNames.map(resolve);
      if (!color || backgrounds.some((bg) => !bg)) continue; // a colour space we do not measure
      const against = backgrounds as Rgb[];
      if (against.every((bg) => contrast(color, bg) >= ratio)) continue;
      const fixed = readable(color, against, ratio);
      base.style.setProperty(`--_${name}`, `rgb(${fixed.map(Math.round).join(' ')})`);
      changed.push(name);
    }
  } finally {
    probe.remove();
  }
  if (changed.length)
    warnOnce(
      `The colours set for Kinship (--kin-color-*) leave some text too faint to read ` +
        `(${changed.join(', ')}); Kinship adjusted them on its widgets. See README.md#theming.`,
    );
  return changed;
}
