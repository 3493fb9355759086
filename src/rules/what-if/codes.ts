/**
 * Every code a what-if suggestion can carry, in the order the changes are tried: also the
 * message catalogue keys (src/i18n), which a test holds to this list.
 */
export const WHAT_IF_CODES = [
  'whatif.language-band',
  'whatif.language-all',
  'whatif.language-first-test',
  'whatif.second-language',
  'whatif.canadian-work-year',
  'whatif.eca',
  'whatif.education-level',
  'whatif.canadian-study',
  'whatif.provincial-nomination',
  'whatif.spouse-principal',
  'whatif.spouse-principal-needs-birth-date',
  'whatif.birthday-deadline',
] as const;

export type WhatIfCode = (typeof WHAT_IF_CODES)[number];
