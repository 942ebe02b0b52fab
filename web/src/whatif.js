// What-if: re-aggregate the dimension scores with reader-chosen weights and re-rank. Pure functions, no DOM.
//
// The arithmetic follows the recipe's root aggregation exactly (Gpsi.Core Aggregators.ArithmeticMean / COINr
// a_amean): Σ w·x / Σ w over the available dimension scores, children added in framework order. The slider value is
// turned into a weight as official weight × (slider / official slider), so at the official sliders every weight is
// the official weight bit for bit and the what-if ranks equal the official ranks.

/** The level-2 nodes (dimensions) of a framework, in framework order. */
export function dimensionsOf(framework) {
  const root = framework.nodes.find((n) => n.parent == null);
  return framework.nodes.filter((n) => n.parent === root.code && n.kind === 'aggregate');
}

/**
 * The official slider positions: each dimension's weight as a share of 100 (equal weights over four dimensions give
 * 25 each). Keyed by dimension code.
 */
export function officialSliders(framework) {
  const dims = dimensionsOf(framework);
  const total = dims.reduce((s, d) => s + d.weight, 0);
  return Object.fromEntries(dims.map((d) => [d.code, total > 0 ? (d.weight / total) * 100 : 0]));
}

/** Slider positions → aggregation weights (official weight × slider / official slider; 0 when the slider is 0). */
export function weightsFromSliders(framework, sliders) {
  const official = officialSliders(framework);
  return dimensionsOf(framework).map((d) => {
    const s = sliders[d.code] ?? official[d.code];
    if (s === official[d.code]) return { code: d.code, weight: d.weight };
    return { code: d.code, weight: official[d.code] > 0 ? d.weight * (s / official[d.code]) : s / 100 };
  });
}

/**
 * Aggregates one country's dimension scores. amean: Σw·x/Σw over the available (non-null) scores, in order; gmean:
 * exp(Σw·ln x/Σw) (null when a score is ≤ 0). Null when no available score has a positive weight.
 */
export function aggregate(dimensions, weights, method = 'amean') {
  let sum = 0;
  let weight = 0;
  for (const { code, weight: w } of weights) {
    const x = dimensions[code];
    if (x == null || Number.isNaN(x)) continue;
    if (method === 'gmean') {
      if (x <= 0) return null;
      sum += w * Math.log(x);
    } else {
      sum += w * x;
    }
    weight += w;
  }
  if (weight === 0) return null;
  return method === 'gmean' ? Math.exp(sum / weight) : sum / weight;
}

/**
 * Ranks scores: highest = 1, exact ties share the lowest rank (1, 2, 2, 4), null scores get a null rank.
 * Returns an array of ranks parallel to `scores`.
 */
export function rank(scores) {
  const order = scores.map((s, i) => i).filter((i) => scores[i] != null).sort((a, b) => scores[b] - scores[a]);
  const ranks = scores.map(() => null);
  order.forEach((i, k) => {
    const prev = order[k - 1];
    ranks[i] = k > 0 && scores[i] === scores[prev] ? ranks[prev] : k + 1;
  });
  return ranks;
}

/**
 * The what-if result for every row of a rankings answer. Only officially ranked countries take part (the screen
 * step decides who is ranked; weights do not change that). Returns a Map iso3 → { score, rank, moved } where moved
 * is "up" (better rank than official), "down" or null.
 */
export function whatIf(framework, rows, sliders) {
  const weights = weightsFromSliders(framework, sliders);
  const method = framework.aggregation === 'gmean' ? 'gmean' : 'amean';
  const ranked = rows.filter((r) => r.rank != null);
  const scores = ranked.map((r) => aggregate(r.dimensions, weights, method));
  const ranks = rank(scores);
  const result = new Map();
  ranked.forEach((r, i) => {
    const moved = ranks[i] == null || ranks[i] === r.rank ? null : ranks[i] < r.rank ? 'up' : 'down';
    result.set(r.iso3, { score: scores[i], rank: ranks[i], moved });
  });
  for (const r of rows) if (r.rank == null) result.set(r.iso3, { score: null, rank: null, moved: null });
  return result;
}

/** True when every slider sits at its official position. */
export function isOfficial(framework, sliders) {
  const official = officialSliders(framework);
  return Object.keys(official).every((k) => (sliders[k] ?? official[k]) === official[k]);
}
