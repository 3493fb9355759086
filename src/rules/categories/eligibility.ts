/**
 * Category-based selection: which categories a candidate meets on a date, and why.
 * Source: IRCC, "Express Entry: Category-based selection",
 * https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/rounds-invitations/category-based-selection.html
 *
 * `eligible` covers the category's own criteria only. Every category round also requires
 * eligibility for one of the programs (FSW, CEC, FST); that is reported beside the categories
 * by {@link assessCategories}' caller, never folded into `eligible`.
 */
import { addDays, completedYears, type IsoDate, maxDate, minDate } from '../_lib/dates.js';
import { highestLevel, recognizedCredentials } from '../education.js';
import { experienceByNoc, isCanadianExperience, lookbackWindow, meetsMonths } from '../experience/index.js';
import { type LanguageLevels, languageLevels } from '../language/levels.js';
import { educationLevels, type Profile } from '../profile/schema.js';
import type { Reason } from '../reasons.js';
import type { Category, CategorySet, Criterion } from './types.js';

export interface CategoryResult {
  readonly id: string;
  /** `<id>@<year>`, the version a round names. */
  readonly version: string;
  readonly name: string;
  readonly nameFr: string;
  readonly eligible: boolean;
  /** One reason per criterion, met or not; the unmet ones explain `eligible: false`. */
  readonly reasons: readonly Reason[];
}

export interface CategoryEligibility {
  readonly on: IsoDate;
  /** The category set in force on `on`, e.g. `categories@2026`; null before June 2023. */
  readonly ruleset: string | null;
  readonly categories: readonly CategoryResult[];
}

/**
 * The category set in force on `on`: among the sets whose period covers the date, the one that
 * started last (a later set, or a user's own file listed after the bundled ones, wins a tie).
 * @example categorySetOn(bundledCategorySets(), '2024-06-01')?.id //=> 'categories@2024'
 */
export function categorySetOn(sets: readonly CategorySet[], on: IsoDate): CategorySet | undefined {
  let found: CategorySet | undefined;
  for (const set of sets) {
    const covers = set.effectiveFrom <= on && (set.effectiveTo === null || on <= set.effectiveTo);
    if (covers && (!found || set.effectiveFrom >= found.effectiveFrom)) found = set;
  }
  return found;
}

/**
 * Every category of the set in force on `on`, each with `eligible` and its reasons.
 * @example
 * categoryEligibility(nurse, { on: '2023-06-28', sets: bundledCategorySets() })
 *   .categories.find((c) => c.id === 'healthcare')?.eligible //=> true
 */
export function categoryEligibility(
  profile: Profile,
  { on, sets }: { on: IsoDate; sets: readonly CategorySet[] },
): CategoryEligibility {
  const set = categorySetOn(sets, on);
  if (!set) return { on, ruleset: null, categories: [] };
  const languages = languageLevels(profile.languageTests, { on });
  return {
    on,
    ruleset: set.id,
    categories: set.categories.map((category) => evaluateCategory(profile, category, { on, languages })),
  };
}

/**
 * One category version (`healthcare@2023`) on `on`, whichever set is in force that day: a round
 * names the version it invites under, and IRCC has held rounds under a set outside its dates.
 * Undefined when no set defines that version.
 * @example categoryVersionEligibility(nurse, 'healthcare@2023', { on: '2024-02-01', sets })?.eligible //=> true
 */
export function categoryVersionEligibility(
  profile: Profile,
  version: string,
  { on, sets }: { on: IsoDate; sets: readonly CategorySet[] },
): CategoryResult | undefined {
  for (const set of [...sets].reverse()) {
    const category = set.categories.find((candidate) => candidate.version === version);
    if (category)
      return evaluateCategory(profile, category, {
        on,
        languages: languageLevels(profile.languageTests, { on }),
      });
  }
  return undefined;
}

interface Context {
  on: IsoDate;
  languages: LanguageLevels;
}

function evaluateCategory(profile: Profile, category: Category, context: Context): CategoryResult {
  const reasons: Reason[] = [];
  if (category.effectiveFrom && context.on < category.effectiveFrom) {
    reasons.push({ code: 'category.not-yet-in-force', met: false, need: { from: category.effectiveFrom } });
  }
  for (const criterion of category.criteria)
    reasons.push(...checkCriterion(profile, category, criterion, context));
  return {
    id: category.id,
    version: category.version,
    name: category.name,
    nameFr: category.nameFr,
    eligible: reasons.every((reason) => reason.met),
    reasons,
  };
}

function checkCriterion(
  profile: Profile,
  category: Category,
  criterion: Criterion,
  context: Context,
): Reason[] {
  switch (criterion.kind) {
    case 'language':
      return [checkLanguage(criterion, context)];
    case 'work-experience':
      return [checkWorkExperience(profile, category, criterion, context.on)];
    case 'military-service':
      return [checkMilitaryService(profile, criterion, context.on)];
    case 'armed-forces-job-offer':
      return [checkArmedForcesOffer(profile, category, criterion)];
    case 'education':
      return [checkEducation(profile, criterion, context.on)];
  }
}

// French-language proficiency: NCLC 7 or higher in all four abilities, on a valid test.
function checkLanguage(criterion: Extract<Criterion, { kind: 'language' }>, { languages }: Context): Reason {
  const result = criterion.language === 'french' ? languages.french : languages.english;
  const need = { level: criterion.minLevel, abilities: criterion.abilities };
  if (!result) {
    const expired = languages.expired.find((test) => languageOf(test.test) === criterion.language);
    return expired
      ? {
          code: 'language.expired',
          met: false,
          language: criterion.language,
          test: expired.test,
          have: { validUntil: expired.validUntil },
          need,
        }
      : { code: 'language.no-valid-test', met: false, language: criterion.language, need };
  }
  const below = criterion.abilities.filter((ability) => result.levels[ability] < criterion.minLevel);
  return {
    code: below.length === 0 ? 'language.met' : 'language.too-low',
    met: below.length === 0,
    language: criterion.language,
    test: result.test,
    have: { ...result.levels },
    need,
    below,
  };
}

function languageOf(test: string): 'english' | 'french' {
  return test === 'TEF-Canada' || test === 'TCF-Canada' || test === 'NCLC' ? 'french' : 'english';
}

/**
 * Recent work in one listed occupation. 2023–2025: 6 months full-time (or the equal part-time
 * amount), continuous, within 3 years. 2026: 12 months within 3 years, not necessarily
 * continuous; some categories count Canadian work only.
 */
function checkWorkExperience(
  profile: Profile,
  category: Category,
  criterion: Extract<Criterion, { kind: 'work-experience' }>,
  on: IsoDate,
): Reason {
  const window = lookbackWindow(on, criterion.lookbackYears);
  const windowField = [window.from, window.to] as const;
  const listed = listedNocs(category);
  const counts = criterion.location === 'canada-only' ? isCanadianExperience : () => true;
  const byNoc = experienceByNoc(profile.work, window, (job) => listed.has(job.noc) && counts(job));
  const need = {
    months: criterion.minMonths,
    continuous: criterion.continuous,
    location: criterion.location,
  };

  let best: { noc: string; months: number; totalMonths: number } | undefined;
  for (const [noc, summary] of byNoc) {
    const months = criterion.continuous ? summary.longestContinuousMonths : summary.months;
    if (!best || months > best.months) best = { noc, months, totalMonths: summary.months };
  }
  if (!best || best.totalMonths <= 0) {
    // Name the occupations the candidate did work in, so the reason says why they do not count.
    const unlisted = [...experienceByNoc(profile.work, window, counts).keys()].filter(
      (noc) => !listed.has(noc),
    );
    return {
      code: 'experience.none-in-list',
      met: false,
      have: { unlistedNocs: unlisted },
      need,
      window: windowField,
    };
  }
  const have = { months: round2(best.months), totalMonths: round2(best.totalMonths) };
  if (meetsMonths(best.months, criterion.minMonths)) {
    return { code: 'experience.met', met: true, noc: best.noc, have, need, window: windowField };
  }
  // Enough months in total, but not in one unbroken stretch.
  const code =
    criterion.continuous && meetsMonths(best.totalMonths, criterion.minMonths)
      ? 'experience.not-continuous'
      : 'experience.too-short';
  return { code, met: false, noc: best.noc, have, need, window: windowField };
}

// Every work-experience check reads its category's list: collect the codes once per list, and
// again only if the list was edited since (its codes are compared, which costs less than hashing).
const listedNocsCache = new WeakMap<
  readonly Category['occupations'][number][],
  { readonly nocs: readonly string[]; readonly set: ReadonlySet<string> }
>();

/** The NOC codes a category lists. */
function listedNocs(category: Category): ReadonlySet<string> {
  const occupations = category.occupations;
  const cached = listedNocsCache.get(occupations);
  if (cached !== undefined && cached.nocs.length === occupations.length) {
    let same = true;
    for (let index = 0; same && index < occupations.length; index += 1)
      same = occupations[index]?.noc === cached.nocs[index];
    if (same) return cached.set;
  }
  const nocs = occupations.map((occupation) => occupation.noc);
  const set = new Set(nocs);
  listedNocsCache.set(occupations, { nocs, set });
  return set;
}

function round2(value: number): number {
  return Math.floor(value * 100 + 1e-6) / 100;
}

// Skilled military recruits (2026): serving in a recognized foreign military, 10 years' continuous service.
function checkMilitaryService(
  profile: Profile,
  criterion: Extract<Criterion, { kind: 'military-service' }>,
  on: IsoDate,
): Reason {
  const service = profile.militaryService;
  const need = { years: criterion.minYears, serving: true };
  if (!service || service.country === 'CA') return { code: 'military-service.none', met: false, need };
  const serving = service.start <= on && (service.end === null || service.end >= on);
  const until = service.end === null ? on : minDate(addDays(service.end, 1), on);
  const years = completedYears(service.start, maxDate(until, service.start));
  const met = serving && years >= criterion.minYears;
  return {
    code: met
      ? 'military-service.met'
      : serving
        ? 'military-service.too-short'
        : 'military-service.not-serving',
    met,
    have: { years, serving },
    need,
  };
}

// Skilled military recruits: a Canadian Armed Forces job offer of at least 3 years in a listed occupation.
function checkArmedForcesOffer(
  profile: Profile,
  category: Category,
  criterion: Extract<Criterion, { kind: 'armed-forces-job-offer' }>,
): Reason {
  const offer = profile.militaryService?.canadianArmedForcesOffer;
  const need = { years: criterion.minYears, nocs: category.occupations.map((occupation) => occupation.noc) };
  if (!offer) return { code: 'armed-forces-offer.none', met: false, need };
  if (!category.occupations.some((occupation) => occupation.noc === offer.noc)) {
    return { code: 'armed-forces-offer.not-listed', met: false, noc: offer.noc, need };
  }
  const met = offer.years >= criterion.minYears;
  return {
    code: met ? 'armed-forces-offer.met' : 'armed-forces-offer.too-short',
    met,
    noc: offer.noc,
    have: { years: offer.years },
    need,
  };
}

// A credential counts when it is Canadian or has an educational credential assessment (ECA).
function checkEducation(
  profile: Profile,
  criterion: Extract<Criterion, { kind: 'education' }>,
  on: IsoDate,
): Reason {
  const highest = highestLevel(recognizedCredentials(profile.education, on));
  const need = { level: criterion.minLevel };
  if (highest === null) {
    const unassessed = profile.education.length > 0;
    return { code: unassessed ? 'education.no-eca' : 'education.none', met: false, need };
  }
  const met = educationLevels.indexOf(highest) >= educationLevels.indexOf(criterion.minLevel);
  return { code: met ? 'education.met' : 'education.too-low', met, have: { level: highest }, need };
}
