import { describe, expect, it } from 'vitest';
import { searchNoc } from './search.js';

const codes = (hits: readonly { code: string }[]) => hits.map(({ code }) => code);

describe('searchNoc', () => {
  it('finds 21232 despite two typos', () => {
    expect(searchNoc('sofware devloper')[0]?.code).toBe('21232');
  });

  it('finds 31301 for "infirmière" in French, with accents or without', () => {
    expect(searchNoc('infirmière', { lang: 'fr' })[0]?.code).toBe('31301');
    expect(searchNoc('infirmiere', { lang: 'fr' })[0]?.code).toBe('31301');
  });

  it('ranks registered nurses (31301) in the top 3 for "nurse"', () => {
    expect(codes(searchNoc('nurse', { limit: 3 }))).toContain('31301');
  });

  it('ranks transport truck drivers (73300) first for "truck driver", with the exact example first', () => {
    const [first] = searchNoc('truck driver');
    expect(first).toMatchObject({ code: '73300', title: 'Transport truck drivers', teer: 3 });
    expect(first?.matchedExamples[0]).toBe('Truck driver');
  });

  it('returns the unit group first for its exact 5-digit code', () => {
    expect(searchNoc('72310')[0]).toMatchObject({ code: '72310', title: 'Carpenters', teer: 2 });
    expect(searchNoc(' 00010 ', { lang: 'fr' })[0]).toMatchObject({
      code: '00010',
      title: 'Membres des corps législatifs',
    });
  });

  it('answers in the requested language', () => {
    const [first] = searchNoc('développeur de logiciels', { lang: 'fr' });
    expect(first?.code).toBe('21232');
    expect(first?.title).toBe('Développeurs/développeuses et programmeurs/programmeuses de logiciels');
    expect(first?.matchedExamples[0]).toMatch(/^Développeur\/développeuse de logiciels/);
  });

  it('matches by word prefix', () => {
    expect(searchNoc('carpen')[0]?.code).toBe('72310');
  });

  it('returns each unit group once, best first, with at most 3 matched examples', () => {
    const hits = searchNoc('engineer', { limit: 50 });
    expect(new Set(codes(hits)).size).toBe(hits.length);
    for (const [index, hit] of hits.entries()) {
      expect(hit.matchedExamples.length).toBeLessThanOrEqual(3);
      if (index > 0) expect(hit.score).toBeLessThanOrEqual(hits[index - 1]?.score ?? 0);
    }
  });

  it('returns nothing for an empty query', () => {
    expect(searchNoc('')).toEqual([]);
    expect(searchNoc('   ')).toEqual([]);
  });

  it('respects the limit, 10 by default', () => {
    expect(searchNoc('manager')).toHaveLength(10);
    expect(searchNoc('manager', { limit: 3 })).toHaveLength(3);
    expect(searchNoc('manager', { limit: 1 })).toHaveLength(1);
  });

  it('returns nothing for words no title is near', () => {
    expect(searchNoc('xqzvkw')).toEqual([]);
  });
});
