/** D, sibling in Canada: 15 points (crs-rules.md §D; MI 2017-1). */
import { describe, expect, it } from 'vitest';
import { facts } from './_test/facts.js';
import { siblingInCanada } from './sibling.js';

describe('siblingInCanada', () => {
  it('a brother or sister in Canada earns 15', () => {
    expect(siblingInCanada(facts({ siblingInCanada: true }))).toEqual({
      factor: 'sibling',
      section: 'D',
      points: 15,
      max: 15,
      facts: { siblingInCanada: true },
    });
  });

  it('none earns 0 out of 15, with or without spouse', () => {
    expect(siblingInCanada(facts({ siblingInCanada: false })).points).toBe(0);
    expect(siblingInCanada(facts({ siblingInCanada: true, withSpouse: true })).points).toBe(15);
  });
});
