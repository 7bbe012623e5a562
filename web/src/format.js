// Small shared formatting and colour scales.

export const QUAD_NAMES = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
export const QUAD_COLOURS = ['#3a8fd1', '#2a9d5b', '#e39b2d', '#c8372d'];

/** A Goldstein value (−10…+10) as a colour: red for conflict, grey at 0, green for cooperation. */
export function goldsteinColour(value) {
  const t = Math.max(-1, Math.min(1, (value ?? 0) / 10));
  const grey = [150, 150, 150];
  const end = t < 0 ? [200, 45, 40] : [30, 150, 80];
  const mix = grey.map((g, i) => Math.round(g + (end[i] - g) * Math.abs(t)));
  return `rgb(${mix.join(',')})`;
}

export function fixed(value, digits = 1) {
  return value === null || value === undefined ? '–' : Number(value).toFixed(digits);
}

/** The index (0-based) of the largest of the four QuadClass counts. */
export function dominantQuad(quads) {
  let best = 0;
  quads.forEach((count, i) => {
    if (count > quads[best]) best = i;
  });
  return best;
}
