/**
 * Every reason code the program checks emit: also the message catalogue keys (src/i18n), which
 * a test holds to this list.
 */
export const PROGRAM_REASON_CODES = [
  'fsw.experience.met',
  'fsw.experience.too-short',
  'fsw.experience.not-continuous',
  'fsw.experience.none',
  'fsw.language.met',
  'fsw.language.too-low',
  'fsw.language.expired',
  'fsw.language.no-valid-test',
  'fsw.education.met',
  'fsw.education.none',
  'fsw.education.no-eca',
  'fsw.grid.met',
  'fsw.grid.below-pass-mark',
  'cec.experience.met',
  'cec.experience.too-short',
  'cec.experience.none',
  'cec.language.met',
  'cec.language.too-low',
  'cec.language.expired',
  'cec.language.no-valid-test',
  'fst.experience.met',
  'fst.experience.too-short',
  'fst.experience.none',
  'fst.language.met',
  'fst.language.too-low',
  'fst.language.expired',
  'fst.language.no-valid-test',
  'fst.offer-or-certificate.met',
  'fst.offer-or-certificate.missing',
  'fst.offer-or-certificate.other-trade',
  'funds.met',
  'funds.insufficient',
  'funds.not-declared',
  'funds.exempt',
] as const;

export type ProgramReasonCode = (typeof PROGRAM_REASON_CODES)[number];
