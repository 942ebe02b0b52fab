import { describe, expect, test } from 'vitest';
import { STRINGS, initialLang, nameIn, t } from '../src/i18n.js';

describe('t', () => {
  test('looks the key up in the language', () => {
    expect(t('en', 'title')).toBe('Global Public Security Index');
    expect(t('zh-Hans', 'title')).toBe('全球公共安全指数');
  });
  test('falls back to English when the language lacks the key', () => {
    const saved = STRINGS['zh-Hans'].footer;
    delete STRINGS['zh-Hans'].footer;
    try {
      expect(t('zh-Hans', 'footer')).toBe(STRINGS.en.footer);
    } finally {
      STRINGS['zh-Hans'].footer = saved;
    }
  });
  test('falls back to English for an unknown language, and to the key for an unknown key', () => {
    expect(t('fr', 'title')).toBe('Global Public Security Index');
    expect(t('en', 'no.such.key')).toBe('no.such.key');
  });
  test('fills placeholders and leaves unknown ones visible', () => {
    expect(t('en', 'profileRank', { rank: 3, count: 193 })).toBe('Rank 3 of 193');
    expect(t('zh-Hans', 'profileRank', { rank: 3, count: 193 })).toBe('193 个国家中第 3 名');
    expect(t('en', 'profileRank', { rank: 3 })).toBe('Rank 3 of {count}');
  });
  test('both languages have the same keys', () => {
    expect(Object.keys(STRINGS['zh-Hans']).sort()).toEqual(Object.keys(STRINGS.en).sort());
  });
});

describe('initialLang', () => {
  test('the URL wins, then the stored choice, then English', () => {
    expect(initialLang('?lang=zh-Hans', 'en')).toBe('zh-Hans');
    expect(initialLang('', 'zh-Hans')).toBe('zh-Hans');
    expect(initialLang('?lang=xx', null)).toBe('en');
    expect(initialLang('', 'de')).toBe('en');
  });
});

describe('nameIn', () => {
  test('nameZh in Chinese when present, else the English name', () => {
    expect(nameIn('zh-Hans', { name: 'Finland', nameZh: '芬兰' })).toBe('芬兰');
    expect(nameIn('zh-Hans', { name: 'Tuvalu', nameZh: null })).toBe('Tuvalu');
    expect(nameIn('en', { name: 'Finland', nameZh: '芬兰' })).toBe('Finland');
  });
});
