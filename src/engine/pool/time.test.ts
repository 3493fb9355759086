import { describe, expect, it } from 'vitest';
import { instantOf } from './time.js';

describe('instantOf', () => {
  it('reads instants to the second or millisecond, UTC, as Date.parse does', () => {
    for (const value of [
      '2024-05-30T14:00:00Z',
      '2024-02-29T23:59:59Z',
      '2024-12-31T00:00:00.000Z',
      '2025-03-02T05:07:09.123Z',
      '1999-01-01T00:00:00.999Z',
    ])
      expect(instantOf(value), value).toBe(Date.parse(value));
    expect(instantOf('2024-05-30T14:00:00Z')).toBe(1717077600000);
    expect(instantOf('2025-03-02T05:07:09.123Z')).toBe(Date.UTC(2025, 2, 2, 5, 7, 9, 123));
  });

  it('reads dates, offsets and shorter forms through the regular expressions', () => {
    expect(instantOf('2024-05-30')).toBe(1717027200000);
    expect(instantOf('2024-05-30T16:00:00+02:00')).toBe(1717077600000);
    expect(instantOf('2024-05-30T14:00Z')).toBe(1717077600000);
  });

  it('refuses text that is not an ISO date or an instant with a zone', () => {
    for (const value of ['2024-05-30T14:00:00', '2024-13-01T00:00:00Z', 'soon', '2024-05-30T25:00:00Z'])
      expect(() => instantOf(value), value).toThrow(RangeError);
  });
});
