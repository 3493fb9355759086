import { describe, expect, it } from 'vitest';
import { catalogueKeys, t } from './index.js';

describe('message catalogues', () => {
  it('French has every English key and no other', () => {
    expect(catalogueKeys('fr')).toEqual(catalogueKeys('en'));
  });
  it('renders', () => {
    expect(t('en', 'label.months', { months: 5.5 })).toBe('5.5 months');
    expect(t('fr', 'label.months', { months: 5.5 })).toBe('5,5 mois');
  });
});
