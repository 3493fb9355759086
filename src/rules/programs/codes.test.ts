import { describe, expect, it } from 'vitest';
import { catalogueKeys, type MessageKey, t } from '../../i18n/index.js';
import { PROGRAM_REASON_CODES } from './codes.js';

describe('program reason codes', () => {
  it('are unique and prefixed fsw., cec., fst. or funds.', () => {
    expect(new Set(PROGRAM_REASON_CODES).size).toBe(PROGRAM_REASON_CODES.length);
    for (const code of PROGRAM_REASON_CODES) expect(code).toMatch(/^(fsw|cec|fst|funds)\./);
  });

  it.each(['en', 'fr'] as const)('each has a message in the %s catalogue', (lang) => {
    const keys = new Set(catalogueKeys(lang));
    expect(PROGRAM_REASON_CODES.filter((code) => !keys.has(code))).toEqual([]);
  });

  it.each(['en', 'fr'] as const)('the %s catalogue has no program key that is not a code', (lang) => {
    const codes = new Set<string>(PROGRAM_REASON_CODES);
    const extra = catalogueKeys(lang).filter((key) => /^(fsw|cec|fst|funds)\./.test(key) && !codes.has(key));
    expect(extra).toEqual([]);
  });

  it('renders the machine fields in both languages', () => {
    const reason = {
      code: 'funds.insufficient',
      met: false,
      have: { amount: 19_000 },
      need: { amount: 19_001, familySize: 2, table: '2025-07-07' },
    };
    expect(t('en', reason.code as MessageKey, reason)).toBe(
      'CAD 19,000 of settlement funds; needs 19,001 for a family of 2 (figures from 2025-07-07)',
    );
    expect(t('fr', reason.code as MessageKey, reason)).toMatch(
      /^19\s000 \$ CA de fonds d'établissement; exige 19\s001 \$/,
    );
    const language = {
      code: 'fst.language.too-low',
      met: false,
      language: 'english',
      test: 'CLB',
      have: { listening: 5, reading: 3, writing: 4, speaking: 5 },
      need: { listening: 5, reading: 4, writing: 4, speaking: 5 },
      below: ['reading'],
    };
    expect(t('en', language.code as MessageKey, language)).toBe(
      'English (first official language): needs CLB L 5 R 4 W 4 S 5; CLB gives L 5 R 3 W 4 S 5 (below in reading)',
    );
    expect(t('fr', language.code as MessageKey, language)).toBe(
      'Anglais (première langue officielle) : exige CLB L 5 R 4 W 4 S 5; CLB donne L 5 R 3 W 4 S 5 (insuffisant en compréhension de l’écrit)',
    );
  });
});
