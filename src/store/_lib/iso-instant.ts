/**
 * The one spelling of an instant the store writes where SQL compares instants as text:
 * `toISOString()`, UTC to the millisecond, so text order is time order.
 *
 * @example
 * storedInstant('2025-03-25T10:00:00-04:00')
 * //=> '2025-03-25T14:00:00.000Z'
 */
export function storedInstant(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new TypeError(`Not an instant: ${String(value)}`);
  return date.toISOString();
}
