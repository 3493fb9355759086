import { describe, expect, it } from 'vitest';
import { hasCanadianStudyOfTwoYears, highestLevel, recognizedCredentials } from './education.js';
import type { Education } from './profile/schema.js';

const credential = (level: Education['level'], extra: Partial<Education> = {}): Education => ({
  level,
  canadian: true,
  ...extra,
});

describe('recognized credentials', () => {
  it('keeps Canadian ones and foreign ones with an ECA, completed by the date', () => {
    const list = [
      credential('masters', { canadian: false }),
      credential('bachelors', { canadian: false, eca: true }),
      credential('secondary'),
      credential('doctoral', { completed: '2025-08-02' }),
    ];
    expect(recognizedCredentials(list, '2025-08-01').map((c) => c.level)).toEqual(['bachelors', 'secondary']);
    expect(recognizedCredentials(list, '2025-08-02').map((c) => c.level)).toEqual([
      'bachelors',
      'secondary',
      'doctoral',
    ]);
  });
});

describe('the level the FSW grid scores', () => {
  it('is null for no credential, else the highest listed', () => {
    expect(highestLevel([])).toBeNull();
    expect(highestLevel([credential('secondary'), credential('two-year-post-secondary')])).toBe(
      'two-year-post-secondary',
    );
  });

  it('is "two or more" for two post-secondary credentials, one of 3 years or more', () => {
    expect(highestLevel([credential('bachelors'), credential('one-year-post-secondary')])).toBe(
      'two-or-more',
    );
    const long = credential('two-year-post-secondary', { lengthYears: 3 });
    expect(highestLevel([long, credential('one-year-post-secondary')])).toBe('two-or-more');
  });

  it('is not "two or more" with a secondary diploma as the second credential, nor above a master’s', () => {
    expect(highestLevel([credential('bachelors'), credential('secondary')])).toBe('bachelors');
    expect(highestLevel([credential('masters'), credential('bachelors')])).toBe('masters');
  });
});

describe('Canadian study of 2 years or more', () => {
  it('needs a Canadian programme of 2 years or more, completed by the date', () => {
    expect(
      hasCanadianStudyOfTwoYears([credential('two-year-post-secondary', { lengthYears: 2 })], '2025-08-01'),
    ).toBe(true);
    expect(
      hasCanadianStudyOfTwoYears([credential('one-year-post-secondary', { lengthYears: 1 })], '2025-08-01'),
    ).toBe(false);
    expect(hasCanadianStudyOfTwoYears([credential('bachelors')], '2025-08-01')).toBe(false);
    const foreign = credential('bachelors', { canadian: false, eca: true, lengthYears: 4 });
    expect(hasCanadianStudyOfTwoYears([foreign], '2025-08-01')).toBe(false);
    const later = credential('bachelors', { lengthYears: 4, completed: '2025-08-02' });
    expect(hasCanadianStudyOfTwoYears([later], '2025-08-01')).toBe(false);
  });
});
