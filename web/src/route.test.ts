import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from './route';

describe('parseRoute', () => {
  it('reads the page and its argument', () => {
    expect(parseRoute('#/noc/31301')).toEqual({ page: 'noc', argument: '31301' });
    expect(parseRoute('#/draws')).toEqual({ page: 'draws', argument: '' });
  });

  it('falls back to the profile check for an empty or unknown hash', () => {
    expect(parseRoute('')).toEqual({ page: 'check', argument: '' });
    expect(parseRoute('#/nowhere/1')).toEqual({ page: 'check', argument: '' });
  });

  it('round-trips through routeHash', () => {
    expect(parseRoute(routeHash('noc', 'a b/c'))).toEqual({ page: 'noc', argument: 'a b/c' });
  });
});
