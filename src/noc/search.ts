/**
 * Finding a NOC 2021 unit group from a job title: a full-text index over every unit-group
 * title and every example title (27,935 in English, 29,767 in French), typo tolerant.
 */
import MiniSearch from 'minisearch';
import { type UnitGroup, unitGroup, unitGroups } from '../data/noc.js';
import type { Lang } from '../i18n/index.js';

/** One unit group found by {@link searchNoc}. */
export interface NocSearchHit {
  readonly code: string;
  /** The unit group's title in the requested language. */
  readonly title: string;
  readonly teer: number;
  /** Higher is better; only comparable within one search. */
  readonly score: number;
  /** Up to three example titles of this unit group that matched, best first. */
  readonly matchedExamples: readonly string[];
}

export interface NocSearchOptions {
  readonly lang?: Lang;
  /** Most unit groups to return; 10 unless given. */
  readonly limit?: number;
}

/** One searchable title: a unit group's own title or one of its example titles. */
interface TitleDocument {
  readonly id: number;
  readonly code: string;
  readonly title: string;
  readonly isExample: boolean;
}

const MAX_MATCHED_EXAMPLES = 3;
const EXACT_TITLE_BOOST = 2;

/** Folds case and accents so "infirmiere" finds "Infirmière" and the reverse. */
function normalizeTerm(term: string): string {
  return term
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

function normalizeTitle(title: string): string {
  return normalizeTerm(title)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The index, its documents by id, and every word it holds (typos are words it does not hold). */
interface TitleIndex {
  readonly search: MiniSearch<TitleDocument>;
  readonly documents: readonly TitleDocument[];
  readonly words: ReadonlySet<string>;
}

const indexes: Partial<Record<Lang, TitleIndex>> = {};

function buildIndex(lang: Lang): TitleIndex {
  const documents: TitleDocument[] = [];
  for (const group of unitGroups()) {
    documents.push({
      id: documents.length,
      code: group.code,
      title: lang === 'fr' ? group.titleFr : group.title,
      isExample: false,
    });
    for (const example of lang === 'fr' ? group.examplesFr : group.examples) {
      documents.push({ id: documents.length, code: group.code, title: example, isExample: true });
    }
  }
  const search = new MiniSearch<TitleDocument>({
    fields: ['title'],
    processTerm: normalizeTerm,
  });
  search.addAll(documents);
  const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
  const words = new Set(documents.flatMap((document) => tokenize(document.title).map(normalizeTerm)));
  return { search, documents, words };
}

function indexFor(lang: Lang): TitleIndex {
  indexes[lang] ??= buildIndex(lang);
  return indexes[lang];
}

function toHit(
  group: UnitGroup,
  lang: Lang,
  score: number,
  matchedExamples: readonly string[],
): NocSearchHit {
  return {
    code: group.code,
    title: lang === 'fr' ? group.titleFr : group.title,
    teer: group.teer,
    score,
    matchedExamples,
  };
}

/**
 * Unit groups whose title or example titles match `query`, best first, one entry per code.
 * Matching is by word prefix and tolerates small typos; case and accents are ignored. A query
 * that is exactly a 5-digit unit group code returns that unit group first.
 * @example
 * searchNoc('sofware devloper')[0].code //=> '21232'
 * searchNoc('infirmière', { lang: 'fr' })[0].code //=> '31301'
 * searchNoc('truck driver', { limit: 1 })
 * //=> [{ code: '73300', title: 'Transport truck drivers', teer: 3, score: …, matchedExamples: ['Truck driver', …] }]
 */
export function searchNoc(query: string, options: NocSearchOptions = {}): NocSearchHit[] {
  const lang = options.lang ?? 'en';
  const limit = options.limit ?? 10;
  const text = query.trim();
  if (text === '' || limit <= 0) return [];

  const wanted = normalizeTitle(text);
  const byCode = new Map<
    string,
    { best: number; titles: number; examples: { title: string; score: number }[] }
  >();
  const { search, documents, words } = indexFor(lang);
  const results = search.search(text, {
    prefix: (term) => term.length >= 2,
    // A typo is a word no title uses ("sofware"): one edit from 5 letters, two from 10. A real
    // word stays exact, so "driver" does not also find "River driver" through "river".
    fuzzy: (term) => (term.length >= 5 && !words.has(term) ? 0.2 : false),
    weights: { fuzzy: 0.3, prefix: 0.4 },
  });
  for (const result of results) {
    const document = documents[result.id as number];
    if (!document) continue;
    const { code, title } = document;
    // A title that is exactly the query ("Nurse", "Truck driver") is the surest match there is.
    const score = normalizeTitle(title) === wanted ? result.score * EXACT_TITLE_BOOST : result.score;
    const entry = byCode.get(code) ?? { best: 0, titles: 0, examples: [] };
    // A unit group ranks by its best title, so many weak matches never outrank one strong one.
    entry.best = Math.max(entry.best, score);
    entry.titles += 1;
    if (document.isExample) entry.examples.push({ title, score });
    byCode.set(code, entry);
  }

  const ranked: { hit: NocSearchHit; titles: number }[] = [];
  for (const [code, { best, titles, examples }] of byCode) {
    const group = unitGroup(code);
    if (!group) continue;
    const matched = examples
      .sort((a, b) => b.score - a.score)
      .slice(0, MAX_MATCHED_EXAMPLES)
      .map(({ title }) => title);
    ranked.push({ hit: toHit(group, lang, best, matched), titles });
  }
  // Equal best scores are common for one-word queries ("teacher"): more matching titles wins.
  ranked.sort((a, b) => b.hit.score - a.hit.score || b.titles - a.titles);
  const hits = ranked.map(({ hit }) => hit);
  const exact = /^\d{5}$/.test(text) ? unitGroup(text) : undefined;
  if (exact) {
    const others = hits.filter((hit) => hit.code !== exact.code);
    return [toHit(exact, lang, (others[0]?.score ?? 0) + 1, []), ...others].slice(0, limit);
  }
  return hits.slice(0, limit);
}
