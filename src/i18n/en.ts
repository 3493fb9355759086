/**
 * English messages: the source catalogue. Each key is a reason code or a label; each value
 * renders the message from the reason's machine fields. `fr.ts` must have every key (a type
 * check and a test enforce it).
 */
import {
  abilityName,
  educationName,
  languageName,
  levelName,
  levelsText,
  missingText,
  months,
} from './format.js';
import type { MessageParams } from './types.js';

export const en = {
  // --- labels used by every surface
  'label.eligible': () => 'eligible',
  'label.not-eligible': () => 'not eligible',
  'label.months': (p: MessageParams) => `${months(p.months, 'en')}`,
  'label.category-set': (p: MessageParams) =>
    `${p.id}: in force from ${p.from}${p.to ? ` to ${p.to}` : ''}, ${p.count} categories`,
  'label.occupations': (p: MessageParams) => `${p.count} occupations`,
  'label.starts-on': (p: MessageParams) => `starts on ${p.from}`,
  'label.eligibility-heading': (p: MessageParams) => `Category-based selection on ${p.on} (${p.ruleset})`,
  'label.programs-heading': () => 'Programs (every category round also requires one of them)',
  'label.program-summary': (p: MessageParams) =>
    p.points ? `${p.program}: grid ${p.points.total}/100 (pass mark ${p.points.passMark})` : `${p.program}`,
  'label.eligible-categories': (p: MessageParams) =>
    p.count === 0
      ? 'Eligible for no category.'
      : `Eligible for ${p.count} of ${p.total} categories: ${p.names}.`,
  'label.no-program': () =>
    'Meets no program (FSW, CEC, FST) on this date, so no round of invitations can invite this profile yet.',
  'criterion.language': (p: MessageParams) =>
    `${levelName(p.language)} ${p.minLevel} or higher in ${p.abilities.map((a: string) => abilityName(a, 'en')).join(', ')}`,
  'criterion.work-experience': (p: MessageParams) =>
    `${months(p.minMonths, 'en')} of full-time work (or the part-time equivalent)${p.continuous ? ', continuous,' : ''} in one listed occupation within the last ${p.lookbackYears} years, ${p.location === 'canada-only' ? 'in Canada' : 'in Canada or abroad'}`,
  'criterion.military-service': (p: MessageParams) =>
    `serving in a recognized foreign military, with ${p.minYears} years of continuous service`,
  'criterion.armed-forces-job-offer': (p: MessageParams) =>
    `a Canadian Armed Forces job offer of at least ${p.minYears} years in a listed occupation`,
  'criterion.education': (p: MessageParams) =>
    `${educationName(p.minLevel, 'en')} or higher (foreign credentials with an ECA)`,

  // --- CRS and assessment labels (crs.*, assess.*)
  'crs.section.A': () => 'A. Core / human capital',
  'crs.section.B': () => 'B. Spouse or common-law partner',
  'crs.section.C': () => 'C. Skill transferability',
  'crs.section.D': () => 'D. Additional points',
  'crs.factor.age': () => 'Age',
  'crs.factor.education': () => 'Level of education',
  'crs.factor.first-language': () => 'First official language',
  'crs.factor.second-language': () => 'Second official language',
  'crs.factor.canadian-work': () => 'Canadian work experience',
  'crs.factor.spouse-education': () => "Spouse's education",
  'crs.factor.spouse-language': () => "Spouse's first official language",
  'crs.factor.spouse-canadian-work': () => "Spouse's Canadian work experience",
  'crs.factor.transferability-education': () => 'Education with language or Canadian work',
  'crs.factor.transferability-foreign-work': () => 'Foreign work with language or Canadian work',
  'crs.factor.transferability-certificate': () => 'Certificate of qualification with language',
  'crs.factor.provincial-nomination': () => 'Provincial or territorial nomination',
  'crs.factor.sibling': () => 'Brother or sister in Canada',
  'crs.factor.french': () => 'French-language skills',
  'crs.factor.canadian-study': () => 'Post-secondary education in Canada',
  'crs.factor.arranged-employment': () => 'Arranged employment',
  'crs.total': (p: MessageParams) =>
    `CRS ${p.total} on ${p.on} (${p.ruleset}, ${p.withSpouse ? 'with spouse' : 'without spouse'})`,
  'crs.first-language': (p: MessageParams) =>
    p.language
      ? `First official language: ${languageName(p.language, 'en')}${p.declared ? ' (chosen)' : ' (the assignment that scores higher)'}`
      : 'No valid language test',
  'crs.unconfirmed': (p: MessageParams) =>
    `the ${p.ruleset} tables are confirmed up to ${p.need.confirmedThrough}; a change reported for 2026-11-03 (a high-wage occupation factor) could not be verified`,
  'assess.heading': (p: MessageParams) => `Assessment on ${p.on}`,
  'assess.age': (p: MessageParams) => `Age ${p.age}`,
  'assess.language': (p: MessageParams) =>
    `${languageName(p.language, 'en')}: ${p.test} of ${p.date}, valid until ${p.validUntil}: ${levelsText(p.levels)}`,
  'assess.no-language': (p: MessageParams) => `${languageName(p.language, 'en')}: no valid result`,
  'assess.experience': (p: MessageParams) =>
    `Skilled work in the last 10 years: ${p.canadianYears} year(s) in Canada (${months(p.canadianMonths, 'en')}), ${p.foreignYears} year(s) abroad (${months(p.foreignMonths, 'en')})`,
  'assess.rulesets': (p: MessageParams) => `Rule sets: ${p.list}`,
  'assess.crs-heading': () => 'Comprehensive Ranking System',
  'assess.categories-heading': () => 'Categories',
  'assess.whatif-heading': () => 'What would raise the score or open a round',

  // --- category eligibility reasons (src/rules/categories)
  'category.not-yet-in-force': (p: MessageParams) => `this category starts on ${p.need.from}`,
  'language.met': (p: MessageParams) =>
    `${languageName(p.language, 'en')} ${levelName(p.language)} ${p.need.level}+ in all four abilities (${p.test}: ${levelsText(p.have)})`,
  'language.too-low': (p: MessageParams) =>
    `needs ${levelName(p.language)} ${p.need.level} in all four abilities; ${p.test} gives ${levelsText(p.have)} (below in ${p.below.map((a: string) => abilityName(a, 'en')).join(', ')})`,
  'language.expired': (p: MessageParams) =>
    `the ${p.test} result stopped counting after ${p.have.validUntil} (results count for 2 years)`,
  'language.no-valid-test': (p: MessageParams) =>
    `needs a valid ${languageName(p.language, 'en')} test with ${levelName(p.language)} ${p.need.level} in all four abilities`,
  'experience.met': (p: MessageParams) =>
    `${months(p.have.months, 'en')} ${p.need.continuous ? 'continuous ' : ''}in NOC ${p.noc} between ${p.window[0]} and ${p.window[1]} (needs ${months(p.need.months, 'en')})`,
  'experience.too-short': (p: MessageParams) =>
    `${months(p.have.months, 'en')} ${p.need.continuous ? 'continuous ' : ''}in NOC ${p.noc} between ${p.window[0]} and ${p.window[1]}; needs ${months(p.need.months, 'en')}${p.need.location === 'canada-only' ? ' in Canada' : ''}`,
  'experience.not-continuous': (p: MessageParams) =>
    `${months(p.have.totalMonths, 'en')} in NOC ${p.noc} between ${p.window[0]} and ${p.window[1]}, but the longest unbroken stretch is ${months(p.have.months, 'en')}; needs ${months(p.need.months, 'en')} continuous`,
  'experience.none-in-list': (p: MessageParams) =>
    `no work in a listed occupation${p.need.location === 'canada-only' ? ' in Canada' : ''} between ${p.window[0]} and ${p.window[1]}${p.have?.unlistedNocs?.length ? ` (NOC ${p.have.unlistedNocs.join(', ')} not on the list)` : ''}; needs ${months(p.need.months, 'en')}`,
  'military-service.met': (p: MessageParams) =>
    `${p.have.years} years of military service (needs ${p.need.years})`,
  'military-service.too-short': (p: MessageParams) =>
    `${p.have.years} years of military service; needs ${p.need.years}`,
  'military-service.not-serving': () => 'must be serving in a recognized foreign military',
  'military-service.none': (p: MessageParams) =>
    `needs ${p.need.years} years of service in a recognized foreign military`,
  'armed-forces-offer.met': (p: MessageParams) =>
    `Canadian Armed Forces job offer in NOC ${p.noc} for ${p.have.years} years`,
  'armed-forces-offer.too-short': (p: MessageParams) =>
    `the Canadian Armed Forces job offer is for ${p.have.years} years; needs ${p.need.years}`,
  'armed-forces-offer.not-listed': (p: MessageParams) =>
    `the Canadian Armed Forces job offer is in NOC ${p.noc}, not one of ${p.need.nocs.join(', ')}`,
  'armed-forces-offer.none': (p: MessageParams) =>
    `needs a Canadian Armed Forces job offer of at least ${p.need.years} years`,
  'education.met': (p: MessageParams) =>
    `${educationName(p.have.level, 'en')} (needs ${educationName(p.need.level, 'en')} or higher)`,
  'education.too-low': (p: MessageParams) =>
    `highest recognized credential is ${educationName(p.have.level, 'en')}; needs ${educationName(p.need.level, 'en')} or higher`,
  'education.none': (p: MessageParams) =>
    `needs a credential: ${educationName(p.need.level, 'en')} or higher`,
  'education.no-eca': (p: MessageParams) =>
    `foreign credentials need an educational credential assessment (ECA); needs ${educationName(p.need.level, 'en')} or higher`,
  'categories.none-in-force': (p: MessageParams) =>
    `no category-based selection on ${p.on} (it began on 2023-05-31)`,

  // --- programs (program.*, fsw.*, cec.*, fst.*, funds.*)
  'fsw.experience.met': (p: MessageParams) =>
    `${months(p.have.months, 'en')} of continuous skilled work in NOC ${p.noc} between ${p.window[0]} and ${p.window[1]} (needs ${months(p.need.months, 'en')} continuous in one TEER 0–3 occupation)`,
  'fsw.experience.too-short': (p: MessageParams) =>
    `the longest continuous skilled work is ${months(p.have.months, 'en')} in NOC ${p.noc} between ${p.window[0]} and ${p.window[1]}; needs ${months(p.need.months, 'en')} continuous in one TEER 0–3 occupation`,
  'fsw.experience.not-continuous': (p: MessageParams) =>
    `${months(p.have.totalMonths, 'en')} in NOC ${p.noc} between ${p.window[0]} and ${p.window[1]}, but the longest unbroken stretch is ${months(p.have.months, 'en')}; needs ${months(p.need.months, 'en')} continuous`,
  'fsw.experience.none': (p: MessageParams) =>
    `no skilled (TEER 0–3) work between ${p.window[0]} and ${p.window[1]}; needs ${months(p.need.months, 'en')} continuous in one occupation`,
  'fsw.language.met': (p: MessageParams) =>
    `${languageName(p.language, 'en')} (first official language): ${p.test} gives ${levelName(p.language)} ${levelsText(p.have)} (needs ${levelsText(p.need)})`,
  'fsw.language.too-low': (p: MessageParams) =>
    `${languageName(p.language, 'en')} (first official language): needs ${levelName(p.language)} ${levelsText(p.need)}; ${p.test} gives ${levelsText(p.have)} (below in ${p.below.map((a: string) => abilityName(a, 'en')).join(', ')})`,
  'fsw.language.expired': (p: MessageParams) =>
    `the ${p.test} result stopped counting after ${p.have.validUntil} (results count for 2 years); needs ${languageName(p.language, 'en')} ${levelName(p.language)} ${levelsText(p.need)}`,
  'fsw.language.no-valid-test': (p: MessageParams) =>
    `needs a valid ${languageName(p.language, 'en')} test (first official language) with ${levelName(p.language)} ${levelsText(p.need)}`,
  'fsw.education.met': (p: MessageParams) =>
    `${educationName(p.have.level, 'en')}, Canadian or with an educational credential assessment (ECA)`,
  'fsw.education.none': () =>
    'needs a secondary school diploma or higher: Canadian, or foreign with an educational credential assessment (ECA)',
  'fsw.education.no-eca': () =>
    'a foreign credential needs an educational credential assessment (ECA) to count',
  'fsw.grid.met': (p: MessageParams) =>
    `${p.have.points} points on the selection grid (pass mark ${p.need.points})`,
  'fsw.grid.below-pass-mark': (p: MessageParams) =>
    `${p.have.points} points on the selection grid; the pass mark is ${p.need.points}`,
  'cec.experience.met': (p: MessageParams) =>
    `${months(p.have.months, 'en')} of skilled work in Canada between ${p.window[0]} and ${p.window[1]} (TEER 0–1: ${months(p.have.monthsTeer0And1, 'en')}, TEER 2–3: ${months(p.have.monthsTeer2And3, 'en')}; needs ${months(p.need.months, 'en')})`,
  'cec.experience.too-short': (p: MessageParams) =>
    `${months(p.have.months, 'en')} of skilled (TEER 0–3) work in Canada between ${p.window[0]} and ${p.window[1]}; needs ${months(p.need.months, 'en')}`,
  'cec.experience.none': (p: MessageParams) =>
    `no skilled (TEER 0–3) work in Canada for an employer between ${p.window[0]} and ${p.window[1]}; needs ${months(p.need.months, 'en')} (self-employment does not count)`,
  'cec.language.met': (p: MessageParams) =>
    `${languageName(p.language, 'en')} (first official language): ${p.test} gives ${levelName(p.language)} ${levelsText(p.have)} (needs ${levelsText(p.need)})`,
  'cec.language.too-low': (p: MessageParams) =>
    `${languageName(p.language, 'en')} (first official language): needs ${levelName(p.language)} ${levelsText(p.need)} for this experience; ${p.test} gives ${levelsText(p.have)} (below in ${p.below.map((a: string) => abilityName(a, 'en')).join(', ')})`,
  'cec.language.expired': (p: MessageParams) =>
    `the ${p.test} result stopped counting after ${p.have.validUntil} (results count for 2 years); needs ${languageName(p.language, 'en')} ${levelName(p.language)} ${levelsText(p.need)}`,
  'cec.language.no-valid-test': (p: MessageParams) =>
    `needs a valid ${languageName(p.language, 'en')} test (first official language) with ${levelName(p.language)} ${levelsText(p.need)}`,
  'fst.experience.met': (p: MessageParams) =>
    `${months(p.have.months, 'en')} in the skilled trade NOC ${p.noc} between ${p.window[0]} and ${p.window[1]} (needs ${months(p.need.months, 'en')})`,
  'fst.experience.too-short': (p: MessageParams) =>
    `${months(p.have.months, 'en')} in the skilled trade NOC ${p.noc} between ${p.window[0]} and ${p.window[1]}; needs ${months(p.need.months, 'en')} in one trade`,
  'fst.experience.none': (p: MessageParams) =>
    `no work in an eligible skilled trade between ${p.window[0]} and ${p.window[1]}; needs ${months(p.need.months, 'en')} in one trade`,
  'fst.language.met': (p: MessageParams) =>
    `${languageName(p.language, 'en')} (first official language): ${p.test} gives ${levelName(p.language)} ${levelsText(p.have)} (needs ${levelsText(p.need)})`,
  'fst.language.too-low': (p: MessageParams) =>
    `${languageName(p.language, 'en')} (first official language): needs ${levelName(p.language)} ${levelsText(p.need)}; ${p.test} gives ${levelsText(p.have)} (below in ${p.below.map((a: string) => abilityName(a, 'en')).join(', ')})`,
  'fst.language.expired': (p: MessageParams) =>
    `the ${p.test} result stopped counting after ${p.have.validUntil} (results count for 2 years); needs ${languageName(p.language, 'en')} ${levelName(p.language)} ${levelsText(p.need)}`,
  'fst.language.no-valid-test': (p: MessageParams) =>
    `needs a valid ${languageName(p.language, 'en')} test (first official language) with ${levelName(p.language)} ${levelsText(p.need)}`,
  'fst.offer-or-certificate.met': (p: MessageParams) =>
    p.have.basis === 'certificate'
      ? `Canadian certificate of qualification in NOC ${p.noc}`
      : `job offer in NOC ${p.noc}`,
  'fst.offer-or-certificate.missing': (p: MessageParams) =>
    `needs a job offer or a Canadian certificate of qualification in the trade${p.noc ? ` (NOC ${p.noc})` : ''}`,
  'fst.offer-or-certificate.other-trade': (p: MessageParams) =>
    `the job offer or certificate of qualification is not in NOC ${p.noc}, the trade of the work experience`,
  'funds.met': (p: MessageParams) =>
    `CAD ${Number(p.have.amount).toLocaleString('en-CA')} of settlement funds (needs ${Number(p.need.amount).toLocaleString('en-CA')} for a family of ${p.need.familySize}, figures from ${p.need.table})`,
  'funds.insufficient': (p: MessageParams) =>
    `CAD ${Number(p.have.amount).toLocaleString('en-CA')} of settlement funds; needs ${Number(p.need.amount).toLocaleString('en-CA')} for a family of ${p.need.familySize} (figures from ${p.need.table})`,
  'funds.not-declared': (p: MessageParams) =>
    `no settlement funds declared; needs CAD ${Number(p.need.amount).toLocaleString('en-CA')} for a family of ${p.need.familySize} (figures from ${p.need.table})`,
  'funds.exempt': () => 'no proof of funds needed: working in Canada with a valid job offer',

  // --- what-if (whatif.*)
  'whatif.heading': (p: MessageParams): string =>
    `CRS ${p.currentTotal} on ${p.on} (${p.ruleset}). Single changes that would raise it or open a round, best first:`,
  // `whatif.outcome` renders what every suggestion would do; the other keys describe the change.
  'whatif.outcome': (p: MessageParams): string => {
    const opened = [...(p.opens?.categories ?? []), ...(p.opens?.programs ?? [])];
    const points = Math.abs(p.crsGain) === 1 ? 'point' : 'points';
    return `${p.crsGain < 0 ? '-' : '+'}${Math.abs(p.crsGain)} ${points} (${p.newTotal - p.crsGain} → ${p.newTotal})${opened.length > 0 ? `; opens ${opened.join(', ')}` : ''}`;
  },
  'whatif.language-band': (p: MessageParams): string =>
    `${languageName(p.change.language, 'en')} ${abilityName(p.change.ability, 'en')} ${levelName(p.change.language)} ${p.change.from} → ${p.change.to}: ${en['whatif.outcome'](p)}`,
  'whatif.language-all': (p: MessageParams): string =>
    `${languageName(p.change.language, 'en')} ${levelName(p.change.language)} ${p.change.level} in all four abilities (now ${levelsText(p.change.from)}): ${en['whatif.outcome'](p)}`,
  'whatif.language-first-test': (p: MessageParams): string =>
    `A valid ${languageName(p.change.language, 'en')} test with ${levelName(p.change.language)} ${p.change.level} in all four abilities: ${en['whatif.outcome'](p)}`,
  'whatif.second-language': (p: MessageParams): string =>
    `${languageName(p.change.language, 'en')} as second official language, ${levelName(p.change.language)} ${p.change.level} in all four abilities: ${en['whatif.outcome'](p)}`,
  'whatif.canadian-work-year': (p: MessageParams): string =>
    `One more year of Canadian work: NOC ${p.change.noc}, ${p.change.hoursPerWeek} h/week from ${p.change.start} to ${p.change.end} (completed years in Canada ${p.change.canadianYears.from} → ${p.change.canadianYears.to}): ${en['whatif.outcome'](p)}`,
  'whatif.eca': (p: MessageParams): string =>
    `An educational credential assessment (ECA) for ${educationName(p.change.level, 'en')}: ${en['whatif.outcome'](p)}`,
  'whatif.education-level': (p: MessageParams): string =>
    `Completing ${educationName(p.change.to, 'en')} (foreign, with an ECA): ${en['whatif.outcome'](p)}`,
  'whatif.canadian-study': (p: MessageParams): string =>
    `Canadian study: ${educationName(p.change.level, 'en')} from a school in Canada (a program of ${p.change.lengthYears >= 3 ? '3 years or more' : '1 or 2 years'}): ${en['whatif.outcome'](p)}`,
  'whatif.provincial-nomination': (p: MessageParams): string =>
    `A provincial or territorial nomination: ${en['whatif.outcome'](p)}`,
  'whatif.spouse-principal': (p: MessageParams): string =>
    `Your spouse or partner as principal applicant: ${en['whatif.outcome'](p)}`,
  'whatif.spouse-principal-needs-birth-date': () =>
    "Add your spouse's or partner's birth date to compare with them as principal applicant",
  'whatif.birthday-deadline': (p: MessageParams): string =>
    `Turning ${p.change.toAge} on ${p.deadline}: ${en['whatif.outcome'](p)}`,

  // --- draws (draws.*)
  'draws.column.number': () => '#',
  'draws.column.date': () => 'Date',
  'draws.column.kind': () => 'Round type',
  'draws.column.size': () => 'Invitations',
  'draws.column.lowest-score': () => 'Lowest CRS',
  'draws.column.tie-break': () => 'Tie-break (UTC)',
  'draws.kind.general': () => 'general',
  'draws.kind.program': (p: MessageParams) => `program ${p.program}`,
  'draws.kind.category': (p: MessageParams) => `category ${p.category}`,
  'draws.none': () => 'No round matches.',
  'draws.summary': (p: MessageParams) =>
    `${p.count} ${p.count === 1 ? 'round' : 'rounds'}, ${p.invitations} invitations`,
  'draws.stats.column.year': () => 'Year',
  'draws.stats.column.kind': () => 'Kind',
  'draws.stats.column.group': () => 'Program / category',
  'draws.stats.column.rounds': () => 'Rounds',
  'draws.stats.column.min': () => 'Min CRS',
  'draws.stats.column.median': () => 'Median CRS',
  'draws.stats.column.max': () => 'Max CRS',
  'draws.stats.kind.general': () => 'general',
  'draws.stats.kind.program': () => 'program',
  'draws.stats.kind.category': () => 'category',
  'draws.stats.all': () => 'all',
  'draws.import.read': (p: MessageParams) =>
    `IRCC feed ${p.feed}: ${p.count} ${p.count === 1 ? 'round' : 'rounds'} read.`,
  'draws.import.added': (p: MessageParams) => `New rounds: ${p.count}`,
  'draws.import.changed': (p: MessageParams) => `Changed rounds: ${p.count}`,
  'draws.import.unchanged': (p: MessageParams) => `Unchanged rounds: ${p.count}`,
  'draws.import.field': (p: MessageParams) => `${p.field}: ${p.before} → ${p.after}`,
  'draws.import.distribution': (p: MessageParams) => `as of ${p.asOf}, ${p.total} in the pool`,
  'draws.import.dry-run': (p: MessageParams) =>
    `Dry run: nothing was written. Add --write to update ${p.path}.`,
  'draws.import.nothing-to-write': (p: MessageParams) =>
    `Nothing to write: ${p.path} already has every round of the feed.`,
  'draws.import.written': (p: MessageParams) => `Wrote ${p.count} rounds to ${p.path}.`,
  'draws.import.unknown-category': (p: MessageParams) =>
    `! round ${p.number}: no bundled category set defines ${p.category}`,

  // --- standing (standing.*)
  'standing.heading': (p: MessageParams) => `CRS ${p.crs} on ${p.on} (${p.ruleset})`,
  'standing.rank': (p: MessageParams) =>
    `Estimated rank in the pool of ${p.asOf} (published with round #${p.round}): about ${p.rank} of ${p.total} (top ${p.topPercent}%)`,
  'standing.no-distribution': () => 'No pool distribution was published on or before this date.',
  'standing.table-heading': () =>
    'Recent rounds           Round                                     Cut-off  Tie-break (UTC)     Your CRS  Outcome',
  'standing.outcome.invited': () => '✓ invited',
  'standing.outcome.below-cut-off': (p: MessageParams) => `✗ ${p.lowestScore - p.crs} points short`,
  'standing.outcome.tie-lost': () => '✗ at the cut-off, submitted after the tie-break',
  'standing.outcome.tie-unknown': () =>
    '? at the cut-off: add submittedAt to the profile to apply the tie-break',
  'standing.outcome.not-eligible': (p: MessageParams) => `✗ not eligible (${missingText(p.missing, 'en')})`,

  // --- pool (pool.*)
  'pool.progress.generating': () => 'Generating',
  'pool.progress.reading': () => 'Reading',
  'pool.generated': (p: MessageParams) =>
    `Wrote ${p.count} profiles to ${p.file} in ${p.seconds} s (${p.rate} profiles/s).`,
  'pool.read': (p: MessageParams) => `Read ${p.count} profiles from ${p.file} in ${p.seconds} s.`,
  'pool.heading': (p: MessageParams) => `Pool of ${p.count} profiles scored on ${p.on}`,
  'pool.target': (p: MessageParams) =>
    `Target: the pool distribution IRCC published as of ${p.asOf} (round #${p.round} of ${p.roundDate}, ${p.total} profiles)`,
  'pool.column.range': () => 'CRS range',
  'pool.column.target': () => 'Target',
  'pool.column.pool': () => 'Pool',
  'pool.column.difference': () => 'Difference',
  'pool.largest-gap': (p: MessageParams) =>
    `Largest difference: ${p.gap} percentage points. Mean CRS: ${p.mean}.`,
  'pool.off-target': (p: MessageParams) =>
    `${p.count} profiles could not be placed in their target range and were kept in the nearest one.`,
  'pool.programs': (p: MessageParams) => `Programs (${p.sampled} profiles checked)`,
  'pool.program.FSW': () => 'FSW: meets the Federal Skilled Worker program',
  'pool.program.CEC': () => 'CEC: meets the Canadian Experience Class',
  'pool.program.FST': () => 'FST: meets the Federal Skilled Trades program',
  'pool.program.PNP': () => 'PNP: holds a provincial or territorial nomination',
  'pool.program.none': () => 'Meets no program',
  'pool.french': () => 'French at NCLC 7 or higher in all four abilities',
  'pool.categories': (p: MessageParams) => `Categories of ${p.set} (meets the category and a program)`,
  'pool.categories-none': (p: MessageParams) => `No category set is in force on ${p.on}.`,

  // --- rounds over a pool (round.*, simulate.*)
  'round.result': (p: MessageParams) =>
    `Round at ${p.at} (${p.kind}): ${p.invited} invited of ${p.size} requested, ${p.eligible} eligible`,
  'round.cut-off': (p: MessageParams) =>
    p.lowestScore === null
      ? 'Nobody was invited.'
      : `Lowest invited CRS ${p.lowestScore}; tie-break ${p.tieBreak}; rank required ${p.rankRequired}`,
  'round.by-program': (p: MessageParams) => `Invited by program: ${p.counts}`,
  'round.by-category': (p: MessageParams) => `Invited by category: ${p.counts}`,
  'simulate.heading': (p: MessageParams) =>
    `Simulated rounds from ${p.from} to ${p.to}, sizes × ${p.scale} (pool size ÷ published pool size)`,
  'simulate.columns': () =>
    'Round  Date        Kind                                  Size  Actual  Simulated  Error',
  'simulate.mae': (p: MessageParams) =>
    `Mean absolute error of the cut-off over ${p.count} ${p.count === 1 ? 'round that' : 'rounds that'} invited someone: ${p.mae}`,

  // --- NOC (noc.*)
  'noc.column.code': () => 'Code',
  'noc.column.teer': () => 'TEER',
  'noc.column.title': () => 'Title',
  'noc.column.examples': () => 'Matching example titles',
  'noc.search.none': (p: MessageParams) => `No NOC 2021 unit group matches "${p.query}".`,
  'noc.show.teer': (p: MessageParams) => `TEER ${p.teer}`,
  'noc.show.hierarchy': () => 'Hierarchy',
  'noc.level.broad-category': () => 'Broad category',
  'noc.level.major-group': () => 'Major group',
  'noc.level.sub-major-group': () => 'Sub-major group',
  'noc.level.minor-group': () => 'Minor group',
  'noc.level.unit-group': () => 'Unit group',
  'noc.show.definition': () => 'Definition',
  'noc.show.examples': (p: MessageParams) => `Example titles (${p.shown} of ${p.total})`,
  'noc.show.categories': () => 'Express Entry categories that list it',
  'noc.show.noc2016': () => 'From NOC 2016',
  'noc.show.categories-none': () => 'none',
  'noc.show.noc2016-none': () => 'none',
} satisfies Record<string, (params: MessageParams) => string>;

export type MessageKey = keyof typeof en;
