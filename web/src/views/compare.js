// Side-by-side comparison: one column per country, rows for the index, its rank range, band, and every dimension.
import { api, ApiError } from '../api.js';
import { t, nameIn } from '../i18n.js';
import { state } from '../state.js';
import { h, replace } from '../dom.js';
import { formatScore, formatInterval, formatValue } from '../format.js';
import { dimensionsOf } from '../whatif.js';

export async function renderCompare(main, ctx, list) {
  const { lang, year } = ctx;
  state.compare = [...list];
  const [framework, rankings] = await Promise.all([api.framework(year), api.rankings(year)]);
  const profiles = await Promise.all(list.map((iso3) => api.country(iso3, year).catch((e) => {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  })));
  if (!ctx.isCurrent()) return;
  const countries = profiles.filter(Boolean);
  const go = (codes) => { location.hash = `#/compare/${codes.join(',')}`; };

  const choose = h('select', { id: 'compare-choose' },
    [...rankings.countries].sort((a, b) => nameIn(lang, a).localeCompare(nameIn(lang, b), lang))
      .filter((r) => !list.includes(r.iso3))
      .map((r) => h('option', { value: r.iso3, text: nameIn(lang, r) })));
  const picker = h('form', { class: 'filters', onsubmit: (e) => { e.preventDefault(); go([...list, choose.value]); } },
    h('label', null, t(lang, 'compareChoose'), choose),
    h('button', { type: 'submit', class: 'button', text: t(lang, 'compareAddButton') }));

  const band = (label) => {
    const i = framework.bands.labels.indexOf(label);
    return lang === 'zh-Hans' && i >= 0 && framework.bands.labelsZh?.[i] ? framework.bands.labelsZh[i] : label ?? '–';
  };
  const row = (label, cell, cls) => h('tr', { class: cls }, h('th', { scope: 'row', text: label }),
    countries.map((c) => h('td', { class: 'num' }, cell(c))));
  const dims = dimensionsOf(framework);
  const indicators = framework.nodes.filter((n) => n.kind === 'indicator');
  const table = h('table', { id: 'compare-table', class: 'compare' },
    h('caption', { class: 'visually-hidden', text: t(lang, 'compareTitle') }),
    h('thead', null, h('tr', null, h('th', { scope: 'col', text: t(lang, 'compareMeasure') }),
      countries.map((c) => h('th', { scope: 'col', dataset: { iso3: c.iso3 } },
        h('a', { href: `#/country/${c.iso3}`, text: nameIn(lang, c) }), ' ',
        h('button', { type: 'button', class: 'remove', 'aria-label': t(lang, 'compareRemove', { name: nameIn(lang, c) }),
          text: '×', onclick: () => go(list.filter((x) => x !== c.iso3)) }))))),
    h('tbody', null,
      row(t(lang, 'rowIndex'), (c) => formatScore(c.index?.score), 'strong'),
      row(t(lang, 'rowRank'), (c) => c.index?.rank ?? t(lang, 'notRanked')),
      row(t(lang, 'rowRange'), (c) => formatInterval(c.index?.interval)),
      row(t(lang, 'rowBand'), (c) => band(c.index?.band)),
      row(t(lang, 'rowRegion'), (c) => (lang === 'zh-Hans' && c.regionZh) || c.region || '–'),
      row(t(lang, 'rowIncome'), (c) => (lang === 'zh-Hans' && c.incomeGroupZh) || c.incomeGroup || '–'),
      dims.map((d) => row(nameIn(lang, d), (c) => {
        const x = c.dimensions.find((v) => v.code === d.code);
        return `${formatScore(x?.score)}${x?.rank ? ` (${x.rank})` : ''}`;
      }, 'dimension')),
      indicators.map((n) => row(`${nameIn(lang, n)}${n.unit ? ` (${n.unit})` : ''}`, (c) => {
        const x = c.indicators.find((v) => v.code === n.code);
        return x ? `${formatValue(x.value, lang)}${x.dataYear ? ` · ${x.dataYear}` : ''}` : '–';
      }, 'indicator'))));

  replace(main, h('section', { id: 'compare', 'aria-labelledby': 'compare-title' },
    h('h2', { id: 'compare-title', text: `${t(lang, 'compareTitle')} ${year}` }),
    picker,
    countries.length ? h('div', { class: 'card table-wrap' }, table) : h('p', { text: t(lang, 'compareEmpty') })));
}
