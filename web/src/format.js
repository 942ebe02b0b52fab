// Number and range formatting shared by the views. Pure functions.

/** A score to one decimal ("87.3"), or an en dash when absent. */
export function formatScore(score, digits = 1) {
  return score == null || Number.isNaN(score) ? '–' : score.toFixed(digits);
}

/**
 * The whole-rank ends a reader sees for a rank interval: ⌊low⌋ and ⌈high⌉ (so the range never understates the
 * spread; the same rule as Gpsi.Core RankInterval.WholeRanks). Null when there is no interval.
 */
export function wholeRanks(interval) {
  if (!interval || interval.low == null || interval.high == null) return null;
  return { low: Math.floor(interval.low), high: Math.ceil(interval.high) };
}

/** The rank range as shown: "1–3", or one number when both ends agree, or an en dash when absent. */
export function formatInterval(interval) {
  const w = wholeRanks(interval);
  if (!w) return '–';
  return w.low === w.high ? String(w.low) : `${w.low}–${w.high}`;
}

/** An indicator's raw value: up to 3 significant decimals, trimmed ("1.23", "1,234.5"), en dash when absent. */
export function formatValue(value, locale = 'en') {
  if (value == null || Number.isNaN(value)) return '–';
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 1 : abs >= 1 ? 2 : 3;
  return new Intl.NumberFormat(locale === 'zh-Hans' ? 'zh-Hans' : 'en', { maximumFractionDigits: digits }).format(value);
}

/** An ordinal rank in English ("1st", "22nd", "113th"); plain "第 N" in Chinese. */
export function ordinal(n, lang = 'en') {
  if (n == null) return '–';
  if (lang === 'zh-Hans') return `第 ${n}`;
  const mod100 = n % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' })[n % 10] ?? 'th';
  return `${n}${suffix}`;
}
