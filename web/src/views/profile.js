// A country profile: the index result with its rank range, dimension bars, trend, peers and every indicator value
// with its data year, status and source (file and line).
import { api } from '../api.js';
import { t, nameIn } from '../i18n.js';
import { state } from '../state.js';
import { h, s, replace } from '../dom.js';
import { formatScore, formatInterval, formatValue, ordinal } from '../format.js';
import { bandColour, scoreColour } from '../colours.js';

function bandName(lang, framework, label) {
  const i = framework.bands.labels.indexOf(label);
  return lang === 'zh-Hans' && i >= 0 && framework.bands.labelsZh?.[i] ? framework.bands.labelsZh[i] : label ?? '';
}

function trendChart(lang, trend) {
  const points = trend.filter((p) => p.score != null);
  if (points.length === 0) return h('p', { class: 'muted', text: t(lang, 'trendNone') });
  const W = 560;
  const H = 200;
  const pad = { l: 36, r: 24, t: 12, b: 26 };
  const years = trend.map((p) => p.year);
  const minY = Math.min(...years);
  const maxY = Math.max(...years);
  const scores = points.map((p) => p.score);
  const lo = Math.max(0, Math.floor((Math.min(...scores, 100) - 5) / 10) * 10);
  const hi = Math.min(100, Math.ceil((Math.max(...scores, 0) + 5) / 10) * 10);
  const x = (y) => pad.l + ((y - minY) / Math.max(1, maxY - minY)) * (W - pad.l - pad.r);
  const y = (v) => pad.t + (1 - (v - lo) / Math.max(1, hi - lo)) * (H - pad.t - pad.b);
  const svg = s('svg', { class: 'trend', viewBox: `0 0 ${W} ${H}`, role: 'img',
    'aria-label': t(lang, 'trendAria', { first: minY, last: maxY }) + ': ' +
      points.map((p) => `${p.year} ${formatScore(p.score)}`).join(', ') });
  for (let v = lo; v <= hi; v += 10) {
    svg.append(s('line', { x1: pad.l, x2: W - pad.r, y1: y(v), y2: y(v), class: 'grid' }),
      s('text', { x: pad.l - 6, y: y(v) + 4, class: 'axis', 'text-anchor': 'end', text: v }));
  }
  for (const yr of years) {
    if ((yr - minY) % 2 === 0 || years.length < 7) {
      svg.append(s('text', { x: x(yr), y: H - 6, class: 'axis', 'text-anchor': 'middle', text: yr }));
    }
  }
  if (points.length > 1) {
    svg.append(s('path', { class: 'trend-line', d: points.map((p, i) => `${i ? 'L' : 'M'}${x(p.year)},${y(p.score)}`).join('') }));
  }
  for (const p of points) {
    svg.append(s('circle', { cx: x(p.year), cy: y(p.score), r: 3.5, class: 'trend-point' },
      s('title', { text: `${p.year}: ${formatScore(p.score)}${p.rank ? ` (${ordinal(p.rank, lang)})` : ''}` })));
  }
  return svg;
}

function peerList(id, lang, title, peers, iso3) {
  return h('div', { class: 'peers' }, h('h4', { text: title }),
    peers.length ? null : h('p', { class: 'muted', text: t(lang, 'peersNone') }),
    h('ol', { id }, peers.map((p) => h('li', { class: p.iso3 === iso3 ? 'self' : null, value: p.rank ?? undefined },
      p.iso3 === iso3 ? h('strong', { text: nameIn(lang, p) }) : h('a', { href: `#/country/${p.iso3}`, text: nameIn(lang, p) }),
      h('span', { class: 'peer-score', text: formatScore(p.score) })))));
}

function sourceCell(lang, sources) {
  if (!sources?.length) return h('td', { class: 'source-cell', text: '–' });
  return h('td', { class: 'source-cell' }, sources.map((src) => h('div', null,
    h('span', { class: 'src-title', text: src.title || src.source }),
    h('span', { class: 'src-file', text: ` ${src.file ?? ''}${src.line ? `, ${t(lang, 'line', { line: src.line })}` : ''}` }),
    src.vintage ? h('span', { class: 'src-vintage', text: ` · ${src.vintage}` }) : null)));
}

export async function renderProfile(main, ctx, iso3) {
  const { lang, year } = ctx;
  const [framework, c, rankings] = await Promise.all([api.framework(year), api.country(iso3, year), api.rankings(year)]);
  if (!ctx.isCurrent()) return;
  const count = rankings.countries.filter((r) => r.rank != null).length;
  const idx = c.index;
  const name = nameIn(lang, c);

  const headline = idx
    ? h('div', { class: 'profile-head' },
      h('div', { class: 'big-score' }, h('span', { class: 'score-value', text: formatScore(idx.score) }),
        h('span', { class: 'score-unit', text: '/ 100' })),
      h('ul', { class: 'facts' },
        h('li', { class: 'fact-rank', text: t(lang, 'profileRank', { rank: idx.rank, count }) }),
        h('li', null, t(lang, 'profileRange', { range: formatInterval(idx.interval) })),
        h('li', null, (() => {
          const dot = h('span', { class: 'band-dot', 'aria-hidden': 'true' });
          dot.style.background = bandColour(framework.bands.labels, idx.band);
          return [dot, t(lang, 'profileBand', { band: bandName(lang, framework, idx.band) })];
        })()),
        idx.regionRank ? h('li', null, t(lang, 'regionRank', { rank: idx.regionRank, size: idx.regionSize })) : null,
        idx.incomeGroupRank ? h('li', null, t(lang, 'incomeRank', { rank: idx.incomeGroupRank, size: idx.incomeGroupSize })) : null,
        idx.incomeGroupMean != null ? h('li', null, t(lang, 'incomeMean', { mean: formatScore(idx.incomeGroupMean) })) : null),
      h('p', { class: 'range-explained', text: t(lang, 'rangeExplained') }))
    : h('p', { class: 'not-ranked', text: t(lang, 'profileNotRanked', { year }) });

  const added = state.compare.includes(iso3);
  const compareButton = h('button', { type: 'button', id: 'compare-add', class: 'button', text: t(lang, 'compareAdd'),
    onclick: () => {
      if (!state.compare.includes(iso3)) state.compare.push(iso3);
      location.hash = `#/compare/${state.compare.join(',')}`;
    } });

  const dims = h('div', { class: 'dimensions' }, c.dimensions.map((d) => {
    const fill = h('span', { class: 'bar-fill' });
    fill.style.width = `${Math.max(0, Math.min(100, d.score ?? 0))}%`;
    fill.style.background = scoreColour(d.score);
    return h('div', { class: 'dimension-bar', dataset: { code: d.code } },
      h('div', { class: 'bar-label' }, h('span', { class: 'dim-name', text: nameIn(lang, d) }),
        h('span', { class: 'dim-score', text: formatScore(d.score) })),
      h('div', { class: 'bar', role: 'img', 'aria-label': `${nameIn(lang, d)}: ${formatScore(d.score)} / 100` }, fill),
      h('div', { class: 'bar-meta' },
        d.rank ? t(lang, 'dimRank', { rank: d.rank }) : t(lang, 'notRanked'), ' · ',
        t(lang, 'dimCoverage', { n: d.indicatorsWithValue, m: d.indicatorCount })));
  }));

  const nodeByCode = new Map(framework.nodes.map((n) => [n.code, n]));
  const indicatorTable = h('table', { id: 'indicators', class: 'indicators' },
    h('caption', { class: 'visually-hidden', text: t(lang, 'profileIndicators') }),
    h('thead', null, h('tr', null, ['colIndicator', 'colValue', 'colUnit', 'colNormalised', 'colDataYear', 'colStatus', 'colSource']
      .map((k) => h('th', { scope: 'col', text: t(lang, k) })))),
    h('tbody', null, c.indicators.map((i) => h('tr', { dataset: { code: i.code, status: i.status } },
      h('th', { scope: 'row' }, nameIn(lang, i),
        h('span', { class: 'sub', text: nameIn(lang, nodeByCode.get(i.dimension)) })),
      h('td', { class: 'num value', text: formatValue(i.value, lang) }),
      h('td', { class: 'unit', text: i.unit ?? '' }),
      h('td', { class: 'num', text: formatScore(i.normalised) }),
      h('td', { class: 'num data-year', text: i.dataYear ?? '–' }),
      h('td', { class: `status status-${i.status}`, text: t(lang, `status_${i.status}`) + (i.imputation ? ` (${i.imputation})` : '') }),
      sourceCell(lang, i.sources)))));

  const section = h('section', { id: 'profile', dataset: { iso3 }, 'aria-labelledby': 'profile-title' },
    h('p', null, h('a', { href: '#/', class: 'back', text: t(lang, 'profileBack') })),
    h('div', { class: 'profile-title' },
      h('h2', { id: 'profile-title', text: name }),
      h('p', { class: 'sub', text: [lang === 'zh-Hans' && c.regionZh ? c.regionZh : c.region,
        lang === 'zh-Hans' && c.incomeGroupZh ? c.incomeGroupZh : c.incomeGroup, String(c.year)].filter(Boolean).join(' · ') }),
      compareButton, added ? h('a', { href: `#/compare/${state.compare.join(',')}`, text: t(lang, 'compareAdded') }) : null),
    h('div', { class: 'card' }, headline),
    h('div', { class: 'columns' },
      h('section', { class: 'card', 'aria-labelledby': 'dims-title' }, h('h3', { id: 'dims-title', text: t(lang, 'profileDims') }), dims),
      h('section', { class: 'card', 'aria-labelledby': 'trend-title' }, h('h3', { id: 'trend-title', text: t(lang, 'profileTrend') }),
        trendChart(lang, c.trend))),
    h('section', { class: 'card', 'aria-labelledby': 'peers-title' }, h('h3', { id: 'peers-title', text: t(lang, 'profilePeers') }),
      h('div', { class: 'peer-lists' },
        peerList('peers-region', lang, t(lang, 'peersRegion', { region: lang === 'zh-Hans' && c.regionZh ? c.regionZh : c.region }), c.peers?.region ?? [], iso3),
        peerList('peers-income', lang, t(lang, 'peersIncome', { income: lang === 'zh-Hans' && c.incomeGroupZh ? c.incomeGroupZh : c.incomeGroup }), c.peers?.incomeGroup ?? [], iso3))),
    h('section', { class: 'card', 'aria-labelledby': 'ind-title' }, h('h3', { id: 'ind-title', text: t(lang, 'profileIndicators') }),
      h('div', { class: 'table-wrap' }, indicatorTable)));
  replace(main, section);
}
