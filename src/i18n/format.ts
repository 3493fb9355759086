/** Small renderers the English and French catalogues share. */
import type { Lang } from './types.js';

// One formatter per language: `toLocaleString` with options builds a new one on every call,
// which made rendering a full assessment's reasons cost more than the assessment.
const numberFormats: Record<Lang, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en-CA', { maximumFractionDigits: 2 }),
  fr: new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 2 }),
};

export function formatNumber(value: unknown, lang: Lang): string {
  return typeof value === 'number' ? numberFormats[lang].format(value) : String(value);
}

export function months(value: unknown, lang: Lang): string {
  const text = formatNumber(value, lang);
  if (lang === 'fr') return `${text} mois`;
  return value === 1 ? `${text} month` : `${text} months`;
}

export function levelName(language: unknown): string {
  return language === 'french' ? 'NCLC' : 'CLB';
}

export function languageName(language: unknown, lang: Lang): string {
  if (lang === 'fr') return language === 'french' ? 'Français' : 'Anglais';
  return language === 'french' ? 'French' : 'English';
}

const abilities = {
  en: { listening: 'listening', reading: 'reading', writing: 'writing', speaking: 'speaking' },
  fr: {
    listening: 'compréhension de l’oral',
    reading: 'compréhension de l’écrit',
    writing: 'expression écrite',
    speaking: 'expression orale',
  },
} as const;

export function abilityName(ability: string, lang: Lang): string {
  return abilities[lang][ability as keyof (typeof abilities)['en']] ?? ability;
}

/** `L 7 R 8 W 7 S 9`: the four levels in the order IRCC lists them. */
export function levelsText(levels: Record<string, unknown> | undefined): string {
  if (!levels) return '';
  return `L ${levels.listening} R ${levels.reading} W ${levels.writing} S ${levels.speaking}`;
}

const educationNames = {
  en: {
    'less-than-secondary': 'less than secondary school',
    secondary: 'a secondary school diploma',
    'one-year-post-secondary': 'a one-year post-secondary credential',
    'two-year-post-secondary': 'a two-year post-secondary credential',
    bachelors: "a bachelor's degree or a program of three years or more",
    'two-or-more': 'two or more post-secondary credentials (one of three years or more)',
    masters: "a master's or entry-to-practice professional degree",
    doctoral: 'a doctoral degree',
  },
  fr: {
    'less-than-secondary': 'moins qu’un diplôme d’études secondaires',
    secondary: 'un diplôme d’études secondaires',
    'one-year-post-secondary': 'un diplôme postsecondaire d’un an',
    'two-year-post-secondary': 'un diplôme postsecondaire de deux ans',
    bachelors: 'un baccalauréat ou un programme de trois ans ou plus',
    'two-or-more': 'deux diplômes postsecondaires ou plus (dont un de trois ans ou plus)',
    masters: 'une maîtrise ou un diplôme professionnel d’admission à la profession',
    doctoral: 'un doctorat',
  },
} as const;

export function educationName(level: unknown, lang: Lang): string {
  return educationNames[lang][level as keyof (typeof educationNames)['en']] ?? String(level);
}

/** What a profile lacked for a round: a program, a category version, or its own validity. */
export function missingText(missing: unknown, lang: Lang): string {
  const texts: Record<string, { en: string; fr: string }> = {
    program: { en: 'no program met', fr: 'aucun programme satisfait' },
    'profile-not-yet-submitted': { en: 'profile not yet submitted', fr: 'profil pas encore soumis' },
    'profile-expired': { en: 'profile older than 12 months', fr: 'profil de plus de 12 mois' },
    PNP: { en: 'no provincial nomination', fr: 'aucune désignation provinciale' },
  };
  const known = texts[String(missing)];
  return known ? known[lang] : String(missing);
}
