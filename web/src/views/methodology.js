// The methodology page: recipe hash, steps with their reasons, the framework (nodes, weights, directions,
// reasons, sources) and the bands, from /api/methodology and /api/framework.
import { api } from '../api.js';
import { t, nameIn } from '../i18n.js';
import { h, replace } from '../dom.js';

// A step of the canonical recipe is { "<kind>": { method, …parameters } }; its reason is recipe.reasons["steps[i]"].
function describeStep(step) {
  return Object.entries(step).map(([kind, body]) => {
    if (body == null || typeof body !== 'object') return `${kind}: ${body ?? ''}`;
    const params = Object.entries(body).filter(([, v]) => v != null && !(typeof v === 'object' && Object.keys(v).length === 0))
      .map(([k, v]) => `${k} ${typeof v === 'object' ? JSON.stringify(v) : v}`);
    return params.length ? `${kind}: ${params.join(', ')}` : kind;
  }).join('; ');
}

export async function renderMethodology(main, ctx) {
  const { lang, year } = ctx;
  const [framework, methodology] = await Promise.all([api.framework(year), api.methodology(year)]);
  if (!ctx.isCurrent()) return;
  const recipe = methodology.recipe ?? {};
  const steps = Array.isArray(recipe.steps) ? recipe.steps : [];
  const byCode = new Map(framework.nodes.map((n) => [n.code, n]));

  const reasons = recipe.reasons ?? {};
  const stepList = h('ol', { class: 'steps' }, steps.map((step, i) => h('li', null,
    h('code', { text: describeStep(step) }),
    reasons[`steps[${i}]`] ?? step.reason ? h('p', { text: reasons[`steps[${i}]`] ?? step.reason }) : null)));

  const nodes = h('table', { class: 'nodes' },
    h('thead', null, h('tr', null, ['colIndicator', 'colParent', 'colWeight', 'colDirection', 'colUnit', 'colReason', 'colSources']
      .map((k) => h('th', { scope: 'col', text: t(lang, k) })))),
    h('tbody', null, framework.nodes.map((n) => h('tr', { class: `level-${n.level}`, dataset: { code: n.code } },
      h('th', { scope: 'row' }, nameIn(lang, n), h('span', { class: 'sub', text: n.code })),
      h('td', { text: n.parent ? nameIn(lang, byCode.get(n.parent)) : '–' }),
      h('td', { class: 'num', text: n.parent ? n.weight : '–' }),
      h('td', { text: n.direction === -1 ? t(lang, 'lowerBetter') : n.direction === 1 && n.kind === 'indicator' ? t(lang, 'higherBetter') : '' }),
      h('td', { text: n.unit ?? '' }),
      h('td', { text: n.reason ?? '' }),
      h('td', null, (n.kind === 'indicator' ? n.sources ?? [] : []).map((src) => h('div', null,
        src.url ? h('a', { href: src.url, rel: 'noopener noreferrer', text: src.title || src.id }) : (src.title || src.id),
        src.publisher ? h('span', { class: 'sub', text: `${src.publisher}${src.licence ? ` · ${src.licence}` : ''}` }) : null)))))));

  const b = framework.bands;
  const bands = h('ul', { class: 'band-rules' }, b.labels.map((label, i) => {
    const rule = i < b.thresholds.length
      ? `≥ ${b.thresholds[i]}${i > 0 ? ` < ${b.thresholds[i - 1]}` : ''}` : `< ${b.thresholds.at(-1)}`;
    return h('li', { text: t(lang, 'bandThreshold', { label: lang === 'zh-Hans' && b.labelsZh?.[i] ? b.labelsZh[i] : label, rule }) });
  }));

  replace(main, h('section', { id: 'methodology', 'aria-labelledby': 'method-title' },
    h('h2', { id: 'method-title', text: `${t(lang, 'methodologyTitle')}: ${framework.title ?? framework.name ?? ''} (${year})` }),
    h('p', null, `${t(lang, 'recipeHash')}: `, h('code', { class: 'hash', text: methodology.recipeHash ?? framework.recipeHash })),
    h('section', { class: 'card' }, h('h3', { text: t(lang, 'methodSteps') }), stepList),
    h('section', { class: 'card' }, h('h3', { text: t(lang, 'methodNodes') }), h('div', { class: 'table-wrap' }, nodes)),
    h('section', { class: 'card' }, h('h3', { text: t(lang, 'methodBands') }), bands),
    methodology.markdown ? h('details', { class: 'card' }, h('summary', { text: t(lang, 'methodText') }),
      h('pre', { class: 'markdown', text: methodology.markdown })) : null));
}
