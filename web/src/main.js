// The dashboard: header controls, a hash router, and the views. Every view sets body[data-ready="true"] once it has
// rendered with data (the end-to-end tests wait for it).
import './styles.css';
import { api } from './api.js';
import { t } from './i18n.js';
import { state, rememberLang } from './state.js';
import { h, replace } from './dom.js';
import { renderHome } from './views/home.js';
import { renderProfile } from './views/profile.js';
import { renderCompare } from './views/compare.js';
import { renderMethodology } from './views/methodology.js';

const main = document.getElementById('main');
const yearSelect = document.getElementById('year');
const langButton = document.getElementById('lang-switch');

function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [name, arg] = hash.split('/');
  if (name === 'country' && /^[A-Za-z]{3}$/.test(arg ?? '')) return { view: 'country', iso3: arg.toUpperCase() };
  if (name === 'compare') {
    const list = (arg ?? '').split(',').map((c) => c.trim().toUpperCase()).filter((c) => /^[A-Z]{3}$/.test(c));
    return { view: 'compare', list: [...new Set(list)] };
  }
  if (name === 'methodology') return { view: 'methodology' };
  return { view: 'home' };
}

function applyLang() {
  document.documentElement.lang = state.lang;
  document.title = t(state.lang, 'title');
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(state.lang, el.dataset.i18n);
  langButton.textContent = t(state.lang, 'langSwitch');
  langButton.setAttribute('aria-label', t(state.lang, 'langSwitchLabel'));
  langButton.setAttribute('lang', state.lang === 'en' ? 'zh-Hans' : 'en');
}

function markNav(view) {
  for (const a of document.querySelectorAll('nav a[data-view]')) {
    if (a.dataset.view === view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

let renderCount = 0;

async function render({ focus = false } = {}) {
  const mine = ++renderCount;
  document.body.dataset.ready = 'false';
  const r = route();
  markNav(r.view);
  const ctx = {
    lang: state.lang,
    year: state.year,
    isCurrent: () => mine === renderCount,
    rerender: () => render(),
  };
  try {
    if (r.view === 'country') await renderProfile(main, ctx, r.iso3);
    else if (r.view === 'compare') await renderCompare(main, ctx, r.list);
    else if (r.view === 'methodology') await renderMethodology(main, ctx);
    else await renderHome(main, ctx);
  } catch (error) {
    if (mine !== renderCount) return;
    console.error(error);
    replace(main, h('p', { class: 'error', role: 'alert', text: t(state.lang, 'error', { message: error.message }) }));
  }
  if (mine !== renderCount) return;
  if (focus) {
    const heading = main.querySelector('h2');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: false });
    }
  }
  document.body.dataset.ready = 'true';
}

async function start() {
  applyLang();
  // The skip link moves focus without touching the hash (the hash is the route).
  document.querySelector('.skip-link').addEventListener('click', (e) => {
    e.preventDefault();
    main.focus();
  });
  const editions = await api.editions();
  state.years = [...new Set(editions.filter((e) => e.current).map((e) => e.year))].sort((a, b) => b - a);
  const fromUrl = Number(new URLSearchParams(location.search).get('year'));
  state.year = state.years.includes(fromUrl) ? fromUrl : state.years[0];
  replace(yearSelect, state.years.map((y) => h('option', { value: y, text: y, selected: y === state.year })));
  yearSelect.addEventListener('change', () => {
    state.year = Number(yearSelect.value);
    render();
  });
  langButton.addEventListener('click', () => {
    rememberLang(state.lang === 'en' ? 'zh-Hans' : 'en');
    const url = new URL(location.href);
    if (url.searchParams.has('lang')) {
      url.searchParams.set('lang', state.lang);
      history.replaceState(null, '', url);
    }
    applyLang();
    render();
  });
  window.addEventListener('hashchange', () => {
    render({ focus: true });
    window.scrollTo(0, 0);
  });
  await render();
}

start().catch((error) => {
  console.error(error);
  replace(main, h('p', { class: 'error', role: 'alert', text: t(state.lang, 'error', { message: error.message }) }));
});
