import { expect, it } from 'vitest';
import { shownMonths } from './months.js';

it('rounds months down to two decimals, floating-point noise under a whole number up', () => {
  expect(shownMonths(11 + 30 / 31)).toBe(11.96);
  expect(shownMonths(5 + 29 / 30)).toBe(5.96);
  expect(shownMonths(12)).toBe(12);
  expect(shownMonths(0.29)).toBe(0.29);
  expect(shownMonths((20 / 30) * 9)).toBe(6);
  expect(shownMonths(0)).toBe(0);
});
