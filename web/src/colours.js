// Colours for scores and bands: colour-blind-safe, and never the only cue (band names are always written out).

/** The grey of a country without data (the DOM contract's #d0d0d0). */
export const NO_DATA = '#d0d0d0';

// Five bands from "Very high" to "Very low": a blue-to-orange diverging scheme (ColorBrewer RdYlBu-like, safe for
// the common colour-vision deficiencies), dark enough at the ends to read against white.
const BAND_COLOURS = ['#1a5e8f', '#4f9bc7', '#b8d6e6', '#f4b071', '#c8582a'];

/** The band's colour by its position in the framework's labels (0 = best). */
export function bandColour(labels, label) {
  const i = labels.indexOf(label);
  return i < 0 ? NO_DATA : BAND_COLOURS[Math.min(i, BAND_COLOURS.length - 1)];
}

// A sequential ramp for scores (low = pale yellow-green, high = deep blue), 0..100, interpolated in sRGB.
const RAMP = [
  [0, [255, 247, 188]],
  [40, [199, 233, 180]],
  [60, [127, 205, 187]],
  [75, [44, 127, 184]],
  [100, [12, 44, 132]],
];

/** The ramp colour of a score (clamped to 0–100). */
export function scoreColour(score) {
  if (score == null || Number.isNaN(score)) return NO_DATA;
  const x = Math.max(0, Math.min(100, score));
  for (let i = 1; i < RAMP.length; i++) {
    const [x1, c1] = RAMP[i];
    const [x0, c0] = RAMP[i - 1];
    if (x <= x1) {
      const f = (x - x0) / (x1 - x0);
      const c = c0.map((v, k) => Math.round(v + (c1[k] - v) * f));
      return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    }
  }
  return '#0c2c84';
}

/** Stops for drawing the ramp's legend. */
export const RAMP_STOPS = RAMP.map(([x]) => x);
