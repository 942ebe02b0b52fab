// The home view: headline, world map, ranking table with rank ranges and filters, and the what-if panel.
import { api } from '../api.js';
import { t, nameIn } from '../i18n.js';
import { state } from '../state.js';
import { h, s, replace } from '../dom.js';
import { formatScore, formatInterval, wholeRanks } from '../format.js';
import { bandColour, scoreColour, NO_DATA, RAMP_STOPS } from '../colours.js';
import { loadShapes, drawMap, recolour } from '../map.js';
import { dimensionsOf, officialSliders, whatIf, isOfficial } from '../whatif.js';

const go = (iso3) => { location.hash = `#/country/${iso3}`; };

function bandName(lang, framework, label) {
  if (!label) return '';
  const i = framework.bands.labels.indexOf(label);
  return lang === 'zh-Hans' && i >= 0 && framework.bands.labelsZh?.[i] ? framework.bands.labelsZh[i] : label;
}

function sortRows(rows, { key, dir }, lang) {
  const last = (v) => (v == null ? Infinity : v);
  const cmp = {
    rank: (a, b) => last(a.rank) - last(b.rank) || a.iso3.localeCompare(b.iso3),
    name: (a, b) => nameIn(lang, a).localeCompare(nameIn(lang, b), lang),
    score: (a, b) => last(a.score == null ? null : -a.score) - last(b.score == null ? null : -b.score),
    interval: (a, b) => {
      const wa = wholeRanks(a.interval);
      const wb = wholeRanks(b.interval);
      return last(wa?.low) - last(wb?.low) || last(wa?.high) - last(wb?.high) || last(a.rank) - last(b.rank);
    },
  }[key];
  const sorted = [...rows].sort(cmp);
  if (dir < 0) sorted.reverse();
  return sorted;
}

function intervalBar(interval, rank, count) {
  const w = wholeRanks(interval);
  if (!w || !count) return null;
  const x = (r) => 2 + ((r - 1) / Math.max(1, count - 1)) * 96;
  return s('svg', { class: 'range-bar', viewBox: '0 0 100 10', 'aria-hidden': 'true', focusable: 'false' },
    s('line', { x1: 2, x2: 98, y1: 5, y2: 5, class: 'range-track' }),
    s('rect', { x: x(w.low), y: 2, width: Math.max(1.5, x(w.high) - x(w.low)), height: 6, rx: 2, class: 'range-span' }),
    rank != null ? s('circle', { cx: x(rank), cy: 5, r: 2.4, class: 'range-rank' }) : null);
}

export async function renderHome(main, ctx) {
  const { lang, year } = ctx;
  const [framework, rankings, shapes] = await Promise.all([api.framework(year), api.rankings(year), loadShapes()]);
  if (!ctx.isCurrent()) return;

  const rows = rankings.countries;
  const ranked = rows.filter((r) => r.rank != null);
  const leader = ranked.find((r) => r.rank === 1);
  const dims = dimensionsOf(framework);
  const dimNames = dims.map((d) => nameIn(lang, d));
  const joinList = (items) => (lang === 'zh-Hans' ? items.join('、') : items.length > 1
    ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : items.join(''));

  if (!state.sliders || state.sliderYear !== framework.recipeHash) {
    state.sliders = officialSliders(framework);
    state.sliderYear = framework.recipeHash;
  }

  // Headline.
  const hero = h('section', { class: 'hero', 'aria-labelledby': 'headline' },
    h('h2', { id: 'headline', class: 'headline',
      text: t(lang, 'headline', { year, leader: leader ? nameIn(lang, leader) : '–', count: ranked.length }) }),
    h('p', { class: 'lead', text: t(lang, 'lead', { dims: joinList(dimNames) }) }),
    h('p', { class: 'range-explained', text: t(lang, 'rangeExplained') }));

  // Map.
  const measureSelect = h('select', { id: 'map-measure' },
    h('option', { value: 'score', text: t(lang, 'measureScore'), selected: state.measure === 'score' }),
    h('option', { value: 'band', text: t(lang, 'measureBand'), selected: state.measure === 'band' }));
  const svg = s('svg', { id: 'map', role: 'group', 'aria-label': t(lang, 'mapTitle'), class: 'map' });
  const legend = h('div', { class: 'legend', 'aria-live': 'polite' });
  const fillOf = (row) => (state.measure === 'band' ? bandColour(framework.bands.labels, row.band) : scoreColour(row.score));
  const labelOf = (row) => t(lang, 'mapAria', {
    name: nameIn(lang, row), rank: row.rank, score: formatScore(row.score), band: bandName(lang, framework, row.band),
  });
  const noDataLabel = (row) => t(lang, 'mapAriaNoData', { name: nameIn(lang, row) });
  const byNumeric = new Map(rows.filter((r) => r.numeric).map((r) => [r.numeric, r]));
  const byIso3 = new Map(rows.map((r) => [r.iso3, r]));
  drawMap(svg, shapes, { rowsByNumeric: byNumeric, fillOf, labelOf, noDataLabel, open: go, noData: NO_DATA });

  function drawLegend() {
    const items = state.measure === 'band'
      ? framework.bands.labels.map((label, i) => {
        const lo = framework.bands.thresholds[i];
        const hi = i > 0 ? framework.bands.thresholds[i - 1] : 100;
        const rule = lo == null ? `< ${framework.bands.thresholds.at(-1)}` : `${lo}–${hi}`;
        return h('li', null, h('span', { class: 'swatch', dataset: { band: String(i) } }),
          `${bandName(lang, framework, label)} (${rule})`);
      })
      : RAMP_STOPS.map((x) => h('li', null, h('span', { class: 'swatch', dataset: { score: String(x) } }), String(x)));
    for (const sw of items.map((li) => li.firstChild)) {
      sw.style.background = sw.dataset.band != null
        ? bandColour(framework.bands.labels, framework.bands.labels[Number(sw.dataset.band)])
        : scoreColour(Number(sw.dataset.score));
    }
    const none = h('li', null, h('span', { class: 'swatch' }), t(lang, 'noData'));
    none.firstChild.style.background = NO_DATA;
    replace(legend, h('span', { class: 'legend-title', text: state.measure === 'band' ? t(lang, 'measureBand') : t(lang, 'measureScore') }),
      h('ul', null, items, none));
  }
  drawLegend();
  measureSelect.addEventListener('change', () => {
    state.measure = measureSelect.value;
    recolour(svg, byIso3, fillOf, NO_DATA);
    drawLegend();
  });

  const mapSection = h('section', { class: 'card map-card', 'aria-labelledby': 'map-title' },
    h('div', { class: 'card-head' },
      h('h2', { id: 'map-title', text: t(lang, 'mapTitle') }),
      h('label', { class: 'inline' }, t(lang, 'mapMeasure'), ' ', measureSelect)),
    h('a', { href: '#ranking-title', class: 'skip-map', text: t(lang, 'skipMap'),
      onclick: (e) => { e.preventDefault(); document.getElementById('ranking-title').focus(); } }),
    svg, legend, h('p', { class: 'hint', text: t(lang, 'mapHelp') }));

  // Filters (client side over the year's rows: they never re-rank).
  const distinct = (f) => [...new Map(rows.filter((r) => f(r)).map((r) => [f(r).value, f(r)])).values()]
    .sort((a, b) => a.value.localeCompare(b.value));
  const regions = distinct((r) => r.region && { value: r.region, label: r.regionZh && lang === 'zh-Hans' ? r.regionZh : r.region });
  const incomes = distinct((r) => r.incomeGroup && { value: r.incomeGroup, label: lang === 'zh-Hans' && r.incomeGroupZh ? r.incomeGroupZh : r.incomeGroup });
  const bands = framework.bands.labels.map((l) => ({ value: l, label: bandName(lang, framework, l) }));
  const filterSelect = (id, key, options) => {
    const select = h('select', { id },
      h('option', { value: '', text: t(lang, 'all') }),
      options.map((o) => h('option', { value: o.value, text: o.label, selected: state.filters[key] === o.value })));
    select.addEventListener('change', () => {
      state.filters[key] = select.value;
      drawBody();
    });
    return h('label', null, t(lang, `filter${key[0].toUpperCase()}${key.slice(1)}`), select);
  };
  const filters = h('div', { class: 'filters' },
    filterSelect('filter-region', 'region', regions),
    filterSelect('filter-income', 'income', incomes),
    filterSelect('filter-band', 'band', bands));

  // Ranking table.
  const columns = [
    { key: 'rank', label: t(lang, 'colRank'), sortable: true, class: 'num' },
    { key: 'whatif', label: t(lang, 'colWhatIf'), class: 'num whatif-col' },
    { key: 'name', label: t(lang, 'colName'), sortable: true },
    { key: 'score', label: t(lang, 'colScore'), sortable: true, class: 'num' },
    { key: 'band', label: t(lang, 'colBand') },
    { key: 'interval', label: t(lang, 'colInterval'), sortable: true },
  ];
  const headRow = h('tr', null, columns.map((c) => {
    const th = h('th', { scope: 'col', class: c.class });
    if (c.sortable) {
      th.append(h('button', { type: 'button', dataset: { sort: c.key }, 'aria-label': t(lang, 'sortBy', { column: c.label }),
        onclick: () => {
          state.sort = state.sort.key === c.key ? { key: c.key, dir: -state.sort.dir } : { key: c.key, dir: 1 };
          drawHead();
          drawBody();
        } }, c.label, h('span', { class: 'sort-icon', 'aria-hidden': 'true' })));
    } else {
      th.textContent = c.label;
    }
    return th;
  }));
  function drawHead() {
    for (const button of headRow.querySelectorAll('button[data-sort]')) {
      const th = button.parentElement;
      const active = button.dataset.sort === state.sort.key;
      if (active) th.setAttribute('aria-sort', state.sort.dir > 0 ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
      button.lastChild.textContent = active ? (state.sort.dir > 0 ? '▲' : '▼') : '↕';
    }
  }
  const tbody = h('tbody');
  const count = h('p', { class: 'count', 'aria-live': 'polite' });
  const rowEls = new Map();
  for (const r of rows) {
    const band = h('td', { class: 'band' });
    if (r.band) {
      const dot = h('span', { class: 'band-dot', 'aria-hidden': 'true' });
      dot.style.background = bandColour(framework.bands.labels, r.band);
      band.append(dot, bandName(lang, framework, r.band));
    }
    const tr = h('tr', { dataset: { iso3: r.iso3 } },
      h('td', { class: 'rank num', text: r.rank ?? '–' }),
      h('td', { class: 'whatif-rank num', text: r.rank ?? '–' }),
      h('td', { class: 'name' }, h('a', { href: `#/country/${r.iso3}`, text: nameIn(lang, r) }),
        r.rank == null ? h('span', { class: 'muted', text: ` (${t(lang, 'notRanked')})` }) : null,
        h('span', { class: 'sub', text: lang === 'zh-Hans' && r.regionZh ? r.regionZh : r.region ?? '' })),
      h('td', { class: 'score num', text: formatScore(r.score) }),
      band,
      h('td', { class: 'interval' }, h('span', { class: 'interval-text', text: formatInterval(r.interval) }),
        intervalBar(r.interval, r.rank, ranked.length)));
    rowEls.set(r.iso3, tr);
  }
  function drawBody() {
    const f = state.filters;
    const visible = sortRows(rows, state.sort, lang).filter((r) =>
      (!f.region || r.region === f.region) && (!f.income || r.incomeGroup === f.income) && (!f.band || r.band === f.band));
    tbody.replaceChildren(...visible.map((r) => rowEls.get(r.iso3)));
    count.textContent = t(lang, 'shown', { shown: visible.length, count: rows.length });
  }
  drawHead();
  drawBody();

  const table = h('table', { id: 'ranking', class: 'ranking' },
    h('caption', { class: 'visually-hidden', text: `${t(lang, 'rankingTitle')} ${year}` }),
    h('thead', null, headRow), tbody);
  const hash = (rankings.recipeHash ?? framework.recipeHash ?? '').replace(/^sha256:/, '').slice(0, 12);
  const rankingSection = h('section', { class: 'card ranking-card', 'aria-labelledby': 'ranking-title' },
    h('h2', { id: 'ranking-title', tabindex: '-1', text: `${t(lang, 'rankingTitle')} ${year}` }),
    filters, count, h('div', { class: 'table-wrap' }, table),
    h('p', { class: 'source', text: t(lang, 'sourceLine', { edition: rankings.edition, year, hash }) }));

  // What-if panel.
  const official = officialSliders(framework);
  const summary = h('p', { class: 'whatif-summary', 'aria-live': 'polite' });
  const outputs = new Map();
  const inputs = [];
  function applyWhatIf() {
    const result = whatIf(framework, rows, state.sliders);
    let moved = 0;
    for (const [iso3, w] of result) {
      const tr = rowEls.get(iso3);
      const cell = tr.querySelector('td.whatif-rank');
      const official = byIso3.get(iso3).rank;
      cell.textContent = w.rank ?? '–';
      if (w.moved) {
        moved++;
        tr.dataset.moved = w.moved;
        cell.setAttribute('title', t(lang, w.moved === 'up' ? 'movedUp' : 'movedDown', { rank: official }));
        cell.dataset.arrow = w.moved === 'up' ? '▲' : '▼';
      } else {
        delete tr.dataset.moved;
        cell.removeAttribute('title');
        delete cell.dataset.arrow;
      }
    }
    const total = Object.values(state.sliders).reduce((a, b) => a + b, 0);
    for (const [code, out] of outputs) {
      const v = state.sliders[code];
      out.value = `${Math.round(v)} (${t(lang, 'whatifShare', { share: total > 0 ? Math.round((v / total) * 100) : 0 })})`;
    }
    summary.textContent = isOfficial(framework, state.sliders) && moved === 0 ? t(lang, 'whatifNone') : t(lang, 'whatifMoved', { n: moved });
  }
  const sliders = dims.map((d) => {
    const id = `w-${d.code}`;
    const out = h('output', { for: id, id: `${id}-out` });
    outputs.set(d.code, out);
    const input = h('input', { type: 'range', id, min: 0, max: 100, step: 1, value: Math.round(state.sliders[d.code]),
      dataset: { dimension: d.code }, 'aria-describedby': `${id}-out whatif-unit` });
    input.addEventListener('input', () => {
      const v = Number(input.value);
      // Snap back to the exact official value (25 may be fractional for other frameworks).
      state.sliders[d.code] = Math.round(official[d.code]) === v ? official[d.code] : v;
      applyWhatIf();
    });
    inputs.push(input);
    return h('div', { class: 'slider' }, h('label', { for: id, text: nameIn(lang, d) }), input, out);
  });
  const reset = h('button', { type: 'button', id: 'whatif-reset', class: 'button', text: t(lang, 'whatifReset'),
    onclick: () => {
      state.sliders = officialSliders(framework);
      inputs.forEach((i) => { i.value = Math.round(state.sliders[i.dataset.dimension]); });
      applyWhatIf();
    } });
  const officialShare = Math.round(100 / Math.max(1, dims.length));
  const whatifSection = h('section', { id: 'whatif', class: 'card whatif', 'aria-labelledby': 'whatif-title' },
    h('h2', { id: 'whatif-title', text: t(lang, 'whatifTitle') }),
    h('p', { id: 'whatif-unit', class: 'hint', text: t(lang, 'whatifUnit', { official: officialShare }) }),
    sliders, reset, summary,
    h('p', { class: 'note', role: 'note', text: t(lang, 'whatifNote') }));
  applyWhatIf();

  replace(main, hero, mapSection, h('div', { class: 'columns' }, rankingSection, whatifSection));
}
