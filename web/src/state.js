// The page's state, shared by the views: language, year, and what the reader chose on the home view.
import { initialLang } from './i18n.js';

function stored(key) {
  try { return localStorage.getItem(key); } catch { return null; }
}

export const state = {
  lang: initialLang(location.search, stored('gpsi.lang')),
  year: null,
  years: [],
  measure: 'score',
  sort: { key: 'rank', dir: 1 },
  filters: { region: '', income: '', band: '' },
  sliders: null,
  sliderYear: null,
  compare: [],
};

/** Remembers the language choice (localStorage may be unavailable: then it lasts for the page only). */
export function rememberLang(lang) {
  state.lang = lang;
  try { localStorage.setItem('gpsi.lang', lang); } catch { /* private mode */ }
}
