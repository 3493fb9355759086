/** Messages en français: the same keys as `en.ts`. */
import type { en } from './en.js';
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

export const fr = {
  'label.eligible': () => 'admissible',
  'label.not-eligible': () => 'non admissible',
  'label.months': (p: MessageParams) => `${months(p.months, 'fr')}`,
  'label.category-set': (p: MessageParams) =>
    `${p.id} : en vigueur du ${p.from}${p.to ? ` au ${p.to}` : ''}, ${p.count} catégories`,
  'label.occupations': (p: MessageParams) => `${p.count} professions`,
  'label.starts-on': (p: MessageParams) => `commence le ${p.from}`,
  'label.eligibility-heading': (p: MessageParams) => `Sélection par catégorie le ${p.on} (${p.ruleset})`,
  'label.programs-heading': () => 'Programmes (toute ronde par catégorie exige aussi l’un d’eux)',
  'label.program-summary': (p: MessageParams) =>
    p.points
      ? `${p.program} : grille ${p.points.total}/100 (note de passage ${p.points.passMark})`
      : `${p.program}`,
  'label.eligible-categories': (p: MessageParams) =>
    p.count === 0
      ? 'Admissible à aucune catégorie.'
      : `Admissible à ${p.count} catégorie(s) sur ${p.total} : ${p.names}.`,
  'label.no-program': () =>
    'Ne satisfait à aucun programme (TQF, CEC, TMF) à cette date : aucune ronde d’invitations ne peut encore inviter ce profil.',
  'criterion.language': (p: MessageParams) =>
    `${levelName(p.language)} ${p.minLevel} ou plus en ${p.abilities.map((a: string) => abilityName(a, 'fr')).join(', ')}`,
  'criterion.work-experience': (p: MessageParams) =>
    `${months(p.minMonths, 'fr')} de travail à temps plein (ou l’équivalent à temps partiel)${p.continuous ? ', continus,' : ''} dans une profession de la liste au cours des ${p.lookbackYears} dernières années, ${p.location === 'canada-only' ? 'au Canada' : 'au Canada ou à l’étranger'}`,
  'criterion.military-service': (p: MessageParams) =>
    `servir dans une armée étrangère reconnue, avec ${p.minYears} ans de service continu`,
  'criterion.armed-forces-job-offer': (p: MessageParams) =>
    `une offre d’emploi des Forces armées canadiennes d’au moins ${p.minYears} ans dans une profession de la liste`,
  'criterion.education': (p: MessageParams) =>
    `${educationName(p.minLevel, 'fr')} ou plus (diplôme étranger avec une EDE)`,

  // --- SCG et évaluation (crs.*, assess.*)
  'crs.section.A': () => 'A. Facteurs de base / capital humain',
  'crs.section.B': () => 'B. Époux ou conjoint de fait',
  'crs.section.C': () => 'C. Transférabilité des compétences',
  'crs.section.D': () => 'D. Points supplémentaires',
  'crs.factor.age': () => 'Âge',
  'crs.factor.education': () => 'Niveau de scolarité',
  'crs.factor.first-language': () => 'Première langue officielle',
  'crs.factor.second-language': () => 'Seconde langue officielle',
  'crs.factor.canadian-work': () => 'Expérience de travail au Canada',
  'crs.factor.spouse-education': () => 'Scolarité de l’époux',
  'crs.factor.spouse-language': () => 'Première langue officielle de l’époux',
  'crs.factor.spouse-canadian-work': () => 'Expérience de travail au Canada de l’époux',
  'crs.factor.transferability-education': () => 'Scolarité et langue ou travail au Canada',
  'crs.factor.transferability-foreign-work': () => 'Travail à l’étranger et langue ou travail au Canada',
  'crs.factor.transferability-certificate': () => 'Certificat de compétence et langue',
  'crs.factor.provincial-nomination': () => 'Désignation provinciale ou territoriale',
  'crs.factor.sibling': () => 'Frère ou sœur au Canada',
  'crs.factor.french': () => 'Compétences en français',
  'crs.factor.canadian-study': () => 'Études postsecondaires au Canada',
  'crs.factor.arranged-employment': () => 'Emploi réservé',
  'crs.total': (p: MessageParams) =>
    `SCG ${p.total} le ${p.on} (${p.ruleset}, ${p.withSpouse ? 'avec époux' : 'sans époux'})`,
  'crs.first-language': (p: MessageParams) =>
    p.language
      ? `Première langue officielle : ${languageName(p.language, 'fr').toLowerCase()}${p.declared ? ' (choisie)' : ' (l’attribution qui donne le plus de points)'}`
      : 'Aucun test de langue valide',
  'crs.unconfirmed': (p: MessageParams) =>
    `les grilles de ${p.ruleset} sont confirmées jusqu’au ${p.need.confirmedThrough}; un changement signalé pour le 2026-11-03 (un facteur de profession à salaire élevé) n’a pas pu être vérifié`,
  'assess.heading': (p: MessageParams) => `Évaluation au ${p.on}`,
  'assess.age': (p: MessageParams) => `Âge ${p.age}`,
  'assess.language': (p: MessageParams) =>
    `${languageName(p.language, 'fr')} : ${p.test} du ${p.date}, valide jusqu’au ${p.validUntil} : ${levelsText(p.levels)}`,
  'assess.no-language': (p: MessageParams) => `${languageName(p.language, 'fr')} : aucun résultat valide`,
  'assess.experience': (p: MessageParams) =>
    `Travail qualifié des 10 dernières années : ${p.canadianYears} an(s) au Canada (${months(p.canadianMonths, 'fr')}), ${p.foreignYears} an(s) à l’étranger (${months(p.foreignMonths, 'fr')})`,
  'assess.rulesets': (p: MessageParams) => `Règles appliquées : ${p.list}`,
  'assess.crs-heading': () => 'Système de classement global (SCG)',
  'assess.categories-heading': () => 'Catégories',
  'assess.whatif-heading': () => 'Ce qui augmenterait le score ou ouvrirait une ronde',

  // --- raisons d'admissibilité aux catégories
  'category.not-yet-in-force': (p: MessageParams) => `cette catégorie commence le ${p.need.from}`,
  'language.met': (p: MessageParams) =>
    `${languageName(p.language, 'fr')} : ${levelName(p.language)} ${p.need.level} ou plus aux quatre habiletés (${p.test} : ${levelsText(p.have)})`,
  'language.too-low': (p: MessageParams) =>
    `exige ${levelName(p.language)} ${p.need.level} aux quatre habiletés; ${p.test} donne ${levelsText(p.have)} (insuffisant en ${p.below.map((a: string) => abilityName(a, 'fr')).join(', ')})`,
  'language.expired': (p: MessageParams) =>
    `le résultat ${p.test} a cessé de compter après le ${p.have.validUntil} (un résultat compte 2 ans)`,
  'language.no-valid-test': (p: MessageParams) =>
    `exige un test de ${languageName(p.language, 'fr').toLowerCase()} valide avec ${levelName(p.language)} ${p.need.level} aux quatre habiletés`,
  'experience.met': (p: MessageParams) =>
    `${months(p.have.months, 'fr')}${p.need.continuous ? ' continus' : ''} dans la CNP ${p.noc} entre le ${p.window[0]} et le ${p.window[1]} (exige ${months(p.need.months, 'fr')})`,
  'experience.too-short': (p: MessageParams) =>
    `${months(p.have.months, 'fr')}${p.need.continuous ? ' continus' : ''} dans la CNP ${p.noc} entre le ${p.window[0]} et le ${p.window[1]}; exige ${months(p.need.months, 'fr')}${p.need.location === 'canada-only' ? ' au Canada' : ''}`,
  'experience.not-continuous': (p: MessageParams) =>
    `${months(p.have.totalMonths, 'fr')} dans la CNP ${p.noc} entre le ${p.window[0]} et le ${p.window[1]}, mais la plus longue période ininterrompue est de ${months(p.have.months, 'fr')}; exige ${months(p.need.months, 'fr')} continus`,
  'experience.none-in-list': (p: MessageParams) =>
    `aucun emploi dans une profession de la liste${p.need.location === 'canada-only' ? ' au Canada' : ''} entre le ${p.window[0]} et le ${p.window[1]}${p.have?.unlistedNocs?.length ? ` (CNP ${p.have.unlistedNocs.join(', ')} hors liste)` : ''}; exige ${months(p.need.months, 'fr')}`,
  'military-service.met': (p: MessageParams) =>
    `${p.have.years} ans de service militaire (exige ${p.need.years})`,
  'military-service.too-short': (p: MessageParams) =>
    `${p.have.years} ans de service militaire; exige ${p.need.years}`,
  'military-service.not-serving': () => 'il faut servir dans une armée étrangère reconnue',
  'military-service.none': (p: MessageParams) =>
    `exige ${p.need.years} ans de service dans une armée étrangère reconnue`,
  'armed-forces-offer.met': (p: MessageParams) =>
    `offre d'emploi des Forces armées canadiennes dans la CNP ${p.noc} pour ${p.have.years} ans`,
  'armed-forces-offer.too-short': (p: MessageParams) =>
    `l'offre d'emploi des Forces armées canadiennes est de ${p.have.years} ans; exige ${p.need.years}`,
  'armed-forces-offer.not-listed': (p: MessageParams) =>
    `l'offre d'emploi des Forces armées canadiennes est dans la CNP ${p.noc}, qui n'est pas parmi ${p.need.nocs.join(', ')}`,
  'armed-forces-offer.none': (p: MessageParams) =>
    `exige une offre d'emploi des Forces armées canadiennes d'au moins ${p.need.years} ans`,
  'education.met': (p: MessageParams) =>
    `${educationName(p.have.level, 'fr')} (exige ${educationName(p.need.level, 'fr')} ou plus)`,
  'education.too-low': (p: MessageParams) =>
    `le diplôme reconnu le plus élevé est ${educationName(p.have.level, 'fr')}; exige ${educationName(p.need.level, 'fr')} ou plus`,
  'education.none': (p: MessageParams) => `exige un diplôme : ${educationName(p.need.level, 'fr')} ou plus`,
  'education.no-eca': (p: MessageParams) =>
    `un diplôme étranger exige une évaluation des diplômes d'études (EDE); exige ${educationName(p.need.level, 'fr')} ou plus`,
  'categories.none-in-force': (p: MessageParams) =>
    `aucune sélection par catégorie le ${p.on} (elle a commencé le 2023-05-31)`,

  // --- programs (program.*, fsw.*, cec.*, fst.*, funds.*)
  'fsw.experience.met': (p: MessageParams) =>
    `${months(p.have.months, 'fr')} continus de travail qualifié dans la CNP ${p.noc} entre le ${p.window[0]} et le ${p.window[1]} (exige ${months(p.need.months, 'fr')} continus dans une profession FEER 0 à 3)`,
  'fsw.experience.too-short': (p: MessageParams) =>
    `la plus longue période continue de travail qualifié est de ${months(p.have.months, 'fr')} dans la CNP ${p.noc} entre le ${p.window[0]} et le ${p.window[1]}; exige ${months(p.need.months, 'fr')} continus dans une profession FEER 0 à 3`,
  'fsw.experience.not-continuous': (p: MessageParams) =>
    `${months(p.have.totalMonths, 'fr')} dans la CNP ${p.noc} entre le ${p.window[0]} et le ${p.window[1]}, mais la plus longue période ininterrompue est de ${months(p.have.months, 'fr')}; exige ${months(p.need.months, 'fr')} continus`,
  'fsw.experience.none': (p: MessageParams) =>
    `aucun travail qualifié (FEER 0 à 3) entre le ${p.window[0]} et le ${p.window[1]}; exige ${months(p.need.months, 'fr')} continus dans une profession`,
  'fsw.language.met': (p: MessageParams) =>
    `${languageName(p.language, 'fr')} (première langue officielle) : ${p.test} donne ${levelName(p.language)} ${levelsText(p.have)} (exige ${levelsText(p.need)})`,
  'fsw.language.too-low': (p: MessageParams) =>
    `${languageName(p.language, 'fr')} (première langue officielle) : exige ${levelName(p.language)} ${levelsText(p.need)}; ${p.test} donne ${levelsText(p.have)} (insuffisant en ${p.below.map((a: string) => abilityName(a, 'fr')).join(', ')})`,
  'fsw.language.expired': (p: MessageParams) =>
    `le résultat ${p.test} a cessé de compter après le ${p.have.validUntil} (un résultat compte 2 ans); exige ${languageName(p.language, 'fr').toLowerCase()} ${levelName(p.language)} ${levelsText(p.need)}`,
  'fsw.language.no-valid-test': (p: MessageParams) =>
    `exige un test de ${languageName(p.language, 'fr').toLowerCase()} valide (première langue officielle) avec ${levelName(p.language)} ${levelsText(p.need)}`,
  'fsw.education.met': (p: MessageParams) =>
    `${educationName(p.have.level, 'fr')}, canadien ou accompagné d'une évaluation des diplômes d'études (EDE)`,
  'fsw.education.none': () =>
    "exige un diplôme d'études secondaires ou plus : canadien, ou étranger avec une évaluation des diplômes d'études (EDE)",
  'fsw.education.no-eca': () =>
    "un diplôme étranger ne compte qu'avec une évaluation des diplômes d'études (EDE)",
  'fsw.grid.met': (p: MessageParams) =>
    `${p.have.points} points à la grille de sélection (note de passage ${p.need.points})`,
  'fsw.grid.below-pass-mark': (p: MessageParams) =>
    `${p.have.points} points à la grille de sélection; la note de passage est ${p.need.points}`,
  'cec.experience.met': (p: MessageParams) =>
    `${months(p.have.months, 'fr')} de travail qualifié au Canada entre le ${p.window[0]} et le ${p.window[1]} (FEER 0 et 1 : ${months(p.have.monthsTeer0And1, 'fr')}, FEER 2 et 3 : ${months(p.have.monthsTeer2And3, 'fr')}; exige ${months(p.need.months, 'fr')})`,
  'cec.experience.too-short': (p: MessageParams) =>
    `${months(p.have.months, 'fr')} de travail qualifié (FEER 0 à 3) au Canada entre le ${p.window[0]} et le ${p.window[1]}; exige ${months(p.need.months, 'fr')}`,
  'cec.experience.none': (p: MessageParams) =>
    `aucun travail qualifié (FEER 0 à 3) au Canada pour un employeur entre le ${p.window[0]} et le ${p.window[1]}; exige ${months(p.need.months, 'fr')} (le travail autonome ne compte pas)`,
  'cec.language.met': (p: MessageParams) =>
    `${languageName(p.language, 'fr')} (première langue officielle) : ${p.test} donne ${levelName(p.language)} ${levelsText(p.have)} (exige ${levelsText(p.need)})`,
  'cec.language.too-low': (p: MessageParams) =>
    `${languageName(p.language, 'fr')} (première langue officielle) : exige ${levelName(p.language)} ${levelsText(p.need)} pour cette expérience; ${p.test} donne ${levelsText(p.have)} (insuffisant en ${p.below.map((a: string) => abilityName(a, 'fr')).join(', ')})`,
  'cec.language.expired': (p: MessageParams) =>
    `le résultat ${p.test} a cessé de compter après le ${p.have.validUntil} (un résultat compte 2 ans); exige ${languageName(p.language, 'fr').toLowerCase()} ${levelName(p.language)} ${levelsText(p.need)}`,
  'cec.language.no-valid-test': (p: MessageParams) =>
    `exige un test de ${languageName(p.language, 'fr').toLowerCase()} valide (première langue officielle) avec ${levelName(p.language)} ${levelsText(p.need)}`,
  'fst.experience.met': (p: MessageParams) =>
    `${months(p.have.months, 'fr')} dans le métier spécialisé CNP ${p.noc} entre le ${p.window[0]} et le ${p.window[1]} (exige ${months(p.need.months, 'fr')})`,
  'fst.experience.too-short': (p: MessageParams) =>
    `${months(p.have.months, 'fr')} dans le métier spécialisé CNP ${p.noc} entre le ${p.window[0]} et le ${p.window[1]}; exige ${months(p.need.months, 'fr')} dans un même métier`,
  'fst.experience.none': (p: MessageParams) =>
    `aucun travail dans un métier spécialisé admissible entre le ${p.window[0]} et le ${p.window[1]}; exige ${months(p.need.months, 'fr')} dans un même métier`,
  'fst.language.met': (p: MessageParams) =>
    `${languageName(p.language, 'fr')} (première langue officielle) : ${p.test} donne ${levelName(p.language)} ${levelsText(p.have)} (exige ${levelsText(p.need)})`,
  'fst.language.too-low': (p: MessageParams) =>
    `${languageName(p.language, 'fr')} (première langue officielle) : exige ${levelName(p.language)} ${levelsText(p.need)}; ${p.test} donne ${levelsText(p.have)} (insuffisant en ${p.below.map((a: string) => abilityName(a, 'fr')).join(', ')})`,
  'fst.language.expired': (p: MessageParams) =>
    `le résultat ${p.test} a cessé de compter après le ${p.have.validUntil} (un résultat compte 2 ans); exige ${languageName(p.language, 'fr').toLowerCase()} ${levelName(p.language)} ${levelsText(p.need)}`,
  'fst.language.no-valid-test': (p: MessageParams) =>
    `exige un test de ${languageName(p.language, 'fr').toLowerCase()} valide (première langue officielle) avec ${levelName(p.language)} ${levelsText(p.need)}`,
  'fst.offer-or-certificate.met': (p: MessageParams) =>
    p.have.basis === 'certificate'
      ? `certificat de compétence canadien dans la CNP ${p.noc}`
      : `offre d'emploi dans la CNP ${p.noc}`,
  'fst.offer-or-certificate.missing': (p: MessageParams) =>
    `exige une offre d'emploi ou un certificat de compétence canadien dans le métier${p.noc ? ` (CNP ${p.noc})` : ''}`,
  'fst.offer-or-certificate.other-trade': (p: MessageParams) =>
    `l'offre d'emploi ou le certificat de compétence n'est pas dans la CNP ${p.noc}, le métier de l'expérience de travail`,
  'funds.met': (p: MessageParams) =>
    `${Number(p.have.amount).toLocaleString('fr-CA')} $ CA de fonds d'établissement (exige ${Number(p.need.amount).toLocaleString('fr-CA')} $ pour une famille de ${p.need.familySize}, montants du ${p.need.table})`,
  'funds.insufficient': (p: MessageParams) =>
    `${Number(p.have.amount).toLocaleString('fr-CA')} $ CA de fonds d'établissement; exige ${Number(p.need.amount).toLocaleString('fr-CA')} $ pour une famille de ${p.need.familySize} (montants du ${p.need.table})`,
  'funds.not-declared': (p: MessageParams) =>
    `aucuns fonds d'établissement déclarés; exige ${Number(p.need.amount).toLocaleString('fr-CA')} $ CA pour une famille de ${p.need.familySize} (montants du ${p.need.table})`,
  'funds.exempt': () => "aucune preuve de fonds exigée : travail au Canada avec une offre d'emploi valide",

  // --- what-if (whatif.*)
  'whatif.heading': (p: MessageParams): string =>
    `SCG ${p.currentTotal} le ${p.on} (${p.ruleset}). Changements uniques qui l’augmenteraient ou ouvriraient une ronde, du meilleur au moindre :`,
  // `whatif.outcome` rend l'effet de chaque suggestion; les autres clés décrivent le changement.
  'whatif.outcome': (p: MessageParams): string => {
    const programs: Record<string, string> = { FSW: 'TQF', CEC: 'CEC', FST: 'TMF' };
    const opened = [
      ...(p.opens?.categories ?? []),
      ...(p.opens?.programs ?? []).map((program: string) => programs[program] ?? program),
    ];
    const points = Math.abs(p.crsGain) === 1 ? 'point' : 'points';
    return `${p.crsGain < 0 ? '-' : '+'}${Math.abs(p.crsGain)} ${points} (${p.newTotal - p.crsGain} → ${p.newTotal})${opened.length > 0 ? `; ouvre ${opened.join(', ')}` : ''}`;
  },
  'whatif.language-band': (p: MessageParams): string =>
    `${languageName(p.change.language, 'fr')}, ${abilityName(p.change.ability, 'fr')}, ${levelName(p.change.language)} ${p.change.from} → ${p.change.to} : ${fr['whatif.outcome'](p)}`,
  'whatif.language-all': (p: MessageParams): string =>
    `${languageName(p.change.language, 'fr')}, ${levelName(p.change.language)} ${p.change.level} aux quatre habiletés (actuellement ${levelsText(p.change.from)}) : ${fr['whatif.outcome'](p)}`,
  'whatif.language-first-test': (p: MessageParams): string =>
    `Un test de ${languageName(p.change.language, 'fr').toLowerCase()} valide avec ${levelName(p.change.language)} ${p.change.level} aux quatre habiletés : ${fr['whatif.outcome'](p)}`,
  'whatif.second-language': (p: MessageParams): string =>
    `${languageName(p.change.language, 'fr')} comme seconde langue officielle, ${levelName(p.change.language)} ${p.change.level} aux quatre habiletés : ${fr['whatif.outcome'](p)}`,
  'whatif.canadian-work-year': (p: MessageParams): string =>
    `Une année de plus de travail au Canada : CNP ${p.change.noc}, ${p.change.hoursPerWeek} h/semaine du ${p.change.start} au ${p.change.end} (années accomplies au Canada ${p.change.canadianYears.from} → ${p.change.canadianYears.to}) : ${fr['whatif.outcome'](p)}`,
  'whatif.eca': (p: MessageParams): string =>
    `Une évaluation des diplômes d’études (EDE) pour ${educationName(p.change.level, 'fr')} : ${fr['whatif.outcome'](p)}`,
  'whatif.education-level': (p: MessageParams): string =>
    `Obtenir ${educationName(p.change.to, 'fr')} (à l’étranger, avec une EDE) : ${fr['whatif.outcome'](p)}`,
  'whatif.canadian-study': (p: MessageParams): string =>
    `Études au Canada : ${educationName(p.change.level, 'fr')} d’un établissement au Canada (programme ${p.change.lengthYears >= 3 ? 'de trois ans ou plus' : 'd’un ou deux ans'}) : ${fr['whatif.outcome'](p)}`,
  'whatif.provincial-nomination': (p: MessageParams): string =>
    `Une désignation d’une province ou d’un territoire : ${fr['whatif.outcome'](p)}`,
  'whatif.spouse-principal': (p: MessageParams): string =>
    `Votre époux ou conjoint de fait comme demandeur principal : ${fr['whatif.outcome'](p)}`,
  'whatif.spouse-principal-needs-birth-date': () =>
    'Ajoutez la date de naissance de votre époux ou conjoint de fait pour comparer avec lui ou elle comme demandeur principal',
  'whatif.birthday-deadline': (p: MessageParams): string =>
    `${p.change.toAge} ans le ${p.deadline} : ${fr['whatif.outcome'](p)}`,

  // --- draws (draws.*)
  'draws.column.number': () => 'N°',
  'draws.column.date': () => 'Date',
  'draws.column.kind': () => 'Type de ronde',
  'draws.column.size': () => 'Invitations',
  'draws.column.lowest-score': () => 'SCG le plus bas',
  'draws.column.tie-break': () => 'Règle de départage (UTC)',
  'draws.kind.general': () => 'générale',
  'draws.kind.program': (p: MessageParams) => `programme ${p.program}`,
  'draws.kind.category': (p: MessageParams) => `catégorie ${p.category}`,
  'draws.none': () => 'Aucune ronde ne correspond.',
  'draws.summary': (p: MessageParams) =>
    `${p.count} ${p.count === 1 ? 'ronde' : 'rondes'}, ${p.invitations} invitations`,
  'draws.stats.column.year': () => 'Année',
  'draws.stats.column.kind': () => 'Type',
  'draws.stats.column.group': () => 'Programme / catégorie',
  'draws.stats.column.rounds': () => 'Rondes',
  'draws.stats.column.min': () => 'SCG min.',
  'draws.stats.column.median': () => 'SCG médian',
  'draws.stats.column.max': () => 'SCG max.',
  'draws.stats.kind.general': () => 'générale',
  'draws.stats.kind.program': () => 'programme',
  'draws.stats.kind.category': () => 'catégorie',
  'draws.stats.all': () => 'toutes',
  'draws.import.read': (p: MessageParams) =>
    `Flux d’IRCC ${p.feed} : ${p.count} ${p.count === 1 ? 'ronde lue' : 'rondes lues'}.`,
  'draws.import.added': (p: MessageParams) => `Nouvelles rondes : ${p.count}`,
  'draws.import.changed': (p: MessageParams) => `Rondes modifiées : ${p.count}`,
  'draws.import.unchanged': (p: MessageParams) => `Rondes inchangées : ${p.count}`,
  'draws.import.field': (p: MessageParams) => `${p.field} : ${p.before} → ${p.after}`,
  'draws.import.distribution': (p: MessageParams) => `au ${p.asOf}, ${p.total} dans le bassin`,
  'draws.import.dry-run': (p: MessageParams) =>
    `Essai à blanc : rien n’a été écrit. Ajoutez --write pour mettre à jour ${p.path}.`,
  'draws.import.nothing-to-write': (p: MessageParams) =>
    `Rien à écrire : ${p.path} contient déjà toutes les rondes du flux.`,
  'draws.import.written': (p: MessageParams) => `${p.count} rondes écrites dans ${p.path}.`,
  'draws.import.unknown-category': (p: MessageParams) =>
    `! ronde ${p.number} : aucun ensemble de catégories fourni ne définit ${p.category}`,

  // --- position (standing.*)
  'standing.heading': (p: MessageParams) => `SCG ${p.crs} le ${p.on} (${p.ruleset})`,
  'standing.rank': (p: MessageParams) =>
    `Rang estimé dans le bassin du ${p.asOf} (publié avec la ronde no ${p.round}) : environ ${p.rank} sur ${p.total} (${p.topPercent} % supérieurs)`,
  'standing.no-distribution': () => 'Aucune répartition du bassin publiée à cette date ou avant.',
  'standing.table-heading': () =>
    'Rondes récentes         Ronde                                     Seuil    Départage (UTC)     Votre SCG  Résultat',
  'standing.outcome.invited': () => '✓ invité',
  'standing.outcome.below-cut-off': (p: MessageParams) => `✗ ${p.lowestScore - p.crs} points de moins`,
  'standing.outcome.tie-lost': () => '✗ au seuil, profil soumis après le départage',
  'standing.outcome.tie-unknown': () =>
    '? au seuil : ajoutez submittedAt au profil pour appliquer le départage',
  'standing.outcome.not-eligible': (p: MessageParams) => `✗ non admissible (${missingText(p.missing, 'fr')})`,

  // --- pool (pool.*)
  'pool.progress.generating': () => 'Génération',
  'pool.progress.reading': () => 'Lecture',
  'pool.generated': (p: MessageParams) =>
    `${p.count} profils écrits dans ${p.file} en ${p.seconds} s (${p.rate} profils/s).`,
  'pool.read': (p: MessageParams) => `${p.count} profils lus dans ${p.file} en ${p.seconds} s.`,
  'pool.heading': (p: MessageParams) => `Bassin de ${p.count} profils évalués le ${p.on}`,
  'pool.target': (p: MessageParams) =>
    `Cible : la répartition du bassin publiée par IRCC au ${p.asOf} (ronde no ${p.round} du ${p.roundDate}, ${p.total} profils)`,
  'pool.column.range': () => 'Tranche SCG',
  'pool.column.target': () => 'Cible',
  'pool.column.pool': () => 'Bassin',
  'pool.column.difference': () => 'Écart',
  'pool.largest-gap': (p: MessageParams) =>
    `Plus grand écart : ${p.gap} points de pourcentage. SCG moyen : ${p.mean}.`,
  'pool.off-target': (p: MessageParams) =>
    `${p.count} profils n’ont pu être placés dans leur tranche cible et ont été gardés dans la plus proche.`,
  'pool.programs': (p: MessageParams) => `Programmes (${p.sampled} profils vérifiés)`,
  'pool.program.FSW': () => 'PTQF : satisfait au Programme des travailleurs qualifiés (fédéral)',
  'pool.program.CEC': () => 'CEC : satisfait à la catégorie de l’expérience canadienne',
  'pool.program.FST': () =>
    'PTMSF : satisfait au Programme des travailleurs de métiers spécialisés (fédéral)',
  'pool.program.PNP': () => 'PCP : détient une désignation d’une province ou d’un territoire',
  'pool.program.none': () => 'Ne satisfait à aucun programme',
  'pool.french': () => 'Français de niveau NCLC 7 ou plus aux quatre compétences',
  'pool.categories': (p: MessageParams) =>
    `Catégories de ${p.set} (satisfait à la catégorie et à un programme)`,
  'pool.categories-none': (p: MessageParams) => `Aucun ensemble de catégories n’est en vigueur le ${p.on}.`,

  // --- rondes sur un bassin (round.*, simulate.*)
  'round.result': (p: MessageParams) =>
    `Ronde du ${p.at} (${p.kind}) : ${p.invited} invitations sur ${p.size} demandées, ${p.eligible} admissibles`,
  'round.cut-off': (p: MessageParams) =>
    p.lowestScore === null
      ? 'Personne n’a été invité.'
      : `SCG le plus bas invité ${p.lowestScore}; départage ${p.tieBreak}; rang requis ${p.rankRequired}`,
  'round.by-program': (p: MessageParams) => `Invitations par programme : ${p.counts}`,
  'round.by-category': (p: MessageParams) => `Invitations par catégorie : ${p.counts}`,
  'simulate.heading': (p: MessageParams) =>
    `Rondes simulées du ${p.from} au ${p.to}, tailles × ${p.scale} (taille du bassin ÷ taille publiée)`,
  'simulate.columns': () =>
    'Ronde  Date        Type                                 Taille  Réel   Simulé     Écart',
  'simulate.mae': (p: MessageParams) =>
    `Écart absolu moyen du seuil sur les ${p.count} ronde(s) qui ont invité quelqu’un : ${p.mae}`,

  // --- CNP (noc.*)
  'noc.column.code': () => 'Code',
  'noc.column.teer': () => 'FEER',
  'noc.column.title': () => 'Titre',
  'noc.column.examples': () => 'Exemples d’appellations correspondants',
  'noc.search.none': (p: MessageParams) =>
    `Aucun groupe de base de la CNP 2021 ne correspond à « ${p.query} ».`,
  'noc.show.teer': (p: MessageParams) => `FEER ${p.teer}`,
  'noc.show.hierarchy': () => 'Hiérarchie (titres des niveaux supérieurs en anglais seulement)',
  'noc.level.broad-category': () => 'Grande catégorie professionnelle',
  'noc.level.major-group': () => 'Grand groupe',
  'noc.level.sub-major-group': () => 'Sous-grand groupe',
  'noc.level.minor-group': () => 'Groupe intermédiaire',
  'noc.level.unit-group': () => 'Groupe de base',
  'noc.show.definition': () => 'Définition (en anglais seulement)',
  'noc.show.examples': (p: MessageParams) => `Exemples d’appellations d’emploi (${p.shown} sur ${p.total})`,
  'noc.show.categories': () => 'Catégories d’Entrée express qui l’incluent',
  'noc.show.noc2016': () => 'Provenance dans la CNP 2016 (titres en anglais seulement)',
  'noc.show.categories-none': () => 'aucune',
  'noc.show.noc2016-none': () => 'aucun',
} satisfies Record<keyof typeof en, (params: MessageParams) => string>;
