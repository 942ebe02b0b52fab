import { describe, expect, test } from 'vitest';
import { formatInterval, formatScore, ordinal, wholeRanks } from '../src/format.js';

describe('formatInterval', () => {
  test('rounds the ends outwards, as the report does (Tuvalu 2020: 86.x–173.y → 86–174)', () => {
    expect(formatInterval({ low: 86.45, median: 120, high: 173.05 })).toBe('86–174');
  });
  test('one number when both whole ends agree', () => {
    expect(formatInterval({ low: 1, median: 1, high: 1 })).toBe('1');
  });
  test('a fractional high end widens the range', () => {
    expect(formatInterval({ low: 1, median: 1, high: 1.5 })).toBe('1–2');
  });
  test('an en dash without an interval', () => {
    expect(formatInterval(null)).toBe('–');
    expect(formatInterval({ low: null, median: null, high: null })).toBe('–');
    expect(wholeRanks(undefined)).toBeNull();
  });
});

describe('formatScore', () => {
  test('one decimal, dash when absent', () => {
    expect(formatScore(93.35147019888666)).toBe('93.4');
    expect(formatScore(null)).toBe('–');
    expect(formatScore(Number.NaN)).toBe('–');
  });
});

describe('ordinal', () => {
  test('English suffixes including the teens', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 113].map((n) => ordinal(n))).toEqual(
      ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st', '111th', '113th']);
  });
  test('Chinese', () => expect(ordinal(5, 'zh-Hans')).toBe('第 5'));
});
