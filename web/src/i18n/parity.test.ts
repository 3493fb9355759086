import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { catalogues, fill, placeholders, ruleMessage } from './index';

describe('UI catalogues', () => {
  it('have the same keys in English and French', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s: same placeholders, no empty text', (key) => {
    const english = catalogues.en[key as keyof typeof en];
    const french = catalogues.fr[key as keyof typeof en];
    expect(french.trim()).not.toBe('');
    expect(english.trim()).not.toBe('');
    expect(placeholders(french)).toEqual(placeholders(english));
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{count} rounds, {invitations} invitations', { count: 3, invitations: '1,200' })).toBe(
      '3 rounds, 1,200 invitations',
    );
    expect(fill('CRS {total}')).toBe('CRS {total}');
  });
});

describe('rule messages', () => {
  it('come from the library catalogue in both languages', () => {
    expect(ruleMessage('en', 'crs.factor.age')).toBe('Age');
    expect(ruleMessage('fr', 'crs.factor.age')).not.toBe('Age');
  });

  it('fall back for a code the catalogue does not know', () => {
    expect(ruleMessage('fr', 'no.such.code', {}, 'fallback')).toBe('fallback');
  });
});
