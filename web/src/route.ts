/**
 * Hash routes: `#/check`, `#/compare`, `#/noc/31301`, `#/draws`, `#/simulator`, `#/account`.
 * A hash router needs no server rule and no library: the page is the first segment, the rest
 * is its argument.
 */
export const PAGES = ['check', 'compare', 'noc', 'draws', 'simulator', 'account'] as const;
export type Page = (typeof PAGES)[number];

export interface Route {
  readonly page: Page;
  /** What follows the page, e.g. the NOC code of `#/noc/31301`; '' when nothing does. */
  readonly argument: string;
}

/**
 * The route a location hash names; the profile check for an empty or unknown hash.
 * @example parseRoute('#/noc/31301') //=> { page: 'noc', argument: '31301' }
 */
export function parseRoute(hash: string): Route {
  const [first = '', ...rest] = hash.replace(/^#\/?/, '').split('/');
  const page = PAGES.find((candidate) => candidate === first) ?? 'check';
  return { page, argument: page === first ? decodeURIComponent(rest.join('/')) : '' };
}

/** @example routeHash('noc', '31301') //=> '#/noc/31301' */
export function routeHash(page: Page, argument = ''): string {
  return `#/${page}${argument ? `/${encodeURIComponent(argument)}` : ''}`;
}
