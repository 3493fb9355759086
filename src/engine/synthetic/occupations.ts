/**
 * The occupations synthetic candidates work in: each category's list in the set in force on
 * the pool's date (data/categories/<year>.json), plus common skilled occupations that no
 * category lists. IRCC does not publish the pool's occupation mix, so the shares below are
 * assumptions, chosen so that the category lists hold about a third of the pool.
 */

import type { CategorySet } from '../../rules/categories/types.js';
import { isSkilled } from '../../rules/experience/index.js';
import { isSkilledTrade } from '../../rules/programs/index.js';

/** Where a candidate's main occupation comes from. */
export interface OccupationGroup {
  /** The category whose list it is, e.g. `healthcare`; null for occupations outside the lists. */
  readonly category: string | null;
  /** NOC 2021 unit groups, all TEER 0–3. */
  readonly nocs: readonly string[];
  /** Assumed share of the pool whose main occupation is in this group. */
  readonly weight: number;
  /** The category counts Canadian experience only (2026: physicians, researchers, senior managers). */
  readonly canadianOnly: boolean;
  /** Skilled military recruits: serving abroad with a Canadian Armed Forces offer. */
  readonly military: boolean;
}

/** Assumed share of the pool per category list (a category missing here gets 2%). */
const CATEGORY_SHARES: Readonly<Record<string, number>> = {
  healthcare: 0.12,
  stem: 0.07,
  trade: 0.05,
  transport: 0.025,
  education: 0.03,
  'agriculture-agri-food': 0.008,
  'physicians-canadian-experience': 0.003,
  'researchers-canadian-experience': 0.006,
  'senior-managers-canadian-experience': 0.006,
  'skilled-military-recruits': 0.001,
};
const OTHER_CATEGORY_SHARE = 0.02;

/**
 * Skilled occupations common among candidates that no category list names (software, business,
 * finance, hospitality supervision), with relative weights.
 */
export const UNLISTED_OCCUPATIONS: ReadonlyArray<readonly [string, number]> = [
  ['21232', 10], // software developers and programmers
  ['21231', 5], // software engineers and designers
  ['21211', 3], // data scientists
  ['21222', 3], // information systems specialists
  ['21223', 2], // database analysts
  ['21234', 2], // web developers
  ['22220', 2], // computer network and web technicians
  ['22221', 2], // user support technicians
  ['20012', 2], // computer and information systems managers
  ['11100', 5], // financial auditors and accountants
  ['11101', 3], // financial and investment analysts
  ['11102', 2], // financial advisors
  ['11200', 2], // human resources professionals
  ['11201', 2], // business management consulting
  ['11202', 3], // advertising, marketing and public relations
  ['12010', 2], // supervisors, general office
  ['12011', 1], // supervisors, finance and insurance office workers
  ['12100', 2], // executive assistants
  ['12101', 2], // human resources and recruitment officers
  ['12200', 3], // accounting technicians and bookkeepers
  ['13100', 4], // administrative officers
  ['13110', 3], // administrative assistants
  ['10010', 2], // financial managers
  ['10022', 1], // advertising, marketing and public relations managers
  ['41402', 3], // business development officers and market researchers
  ['41400', 1], // natural and applied science policy researchers
  ['62010', 4], // retail sales supervisors
  ['62020', 5], // food service supervisors
  ['60030', 3], // restaurant and food service managers
  ['62200', 2], // chefs
  ['63200', 3], // cooks
  ['52120', 1], // graphic designers and illustrators
  ['22210', 1], // architectural technologists
  ['21399', 1], // other professional engineers
];

/** Skilled trades (FSTP) seen in the pool besides the trade category's own list. */
const COMMON_TRADES = ['72310', '72106', '72200', '72300', '72410', '72400', '72201', '63200', '62200'];

/** The main-occupation groups for a pool, and the trades its FST candidates work in. */
export interface OccupationMix {
  readonly groups: readonly OccupationGroup[];
  /** Skilled trades (FSTP) for candidates of the Federal Skilled Trades program. */
  readonly trades: readonly string[];
  /** Unlisted occupations with their weights (for spouses' jobs and earlier jobs). */
  readonly unlisted: readonly string[];
}

/**
 * The occupation mix for a pool dated inside `set`'s period: one group per occupation category
 * of the set, and one for unlisted occupations with the rest of the weight.
 * @example occupationMix(categorySetOn(bundledCategorySets(), '2026-08-07')).groups[0]?.category //=> 'healthcare'
 */
export function occupationMix(set: CategorySet | undefined): OccupationMix {
  const groups: OccupationGroup[] = [];
  let listed = 0;
  for (const category of set?.categories ?? []) {
    const nocs = category.occupations.map((occupation) => occupation.noc).filter(isSkilled);
    if (nocs.length === 0) continue;
    const weight = CATEGORY_SHARES[category.id] ?? OTHER_CATEGORY_SHARE;
    const location = category.criteria.find((criterion) => criterion.kind === 'work-experience');
    groups.push({
      category: category.id,
      nocs,
      weight,
      canadianOnly: location?.kind === 'work-experience' && location.location === 'canada-only',
      military: category.criteria.some((criterion) => criterion.kind === 'military-service'),
    });
    listed += weight;
  }
  const unlisted = UNLISTED_OCCUPATIONS.flatMap(([noc, weight]) => Array<string>(weight).fill(noc));
  groups.push({ category: null, nocs: unlisted, weight: 1 - listed, canadianOnly: false, military: false });
  const tradeList = set?.categories.find((category) => category.id === 'trade')?.occupations ?? [];
  const trades = [...new Set([...tradeList.map((occupation) => occupation.noc), ...COMMON_TRADES])].filter(
    isSkilledTrade,
  );
  return { groups, trades, unlisted };
}
