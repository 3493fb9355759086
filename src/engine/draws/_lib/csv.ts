/**
 * CSV as RFC 4180 writes it: fields separated by commas, records by CRLF; a field holding a
 * comma, a double quote, a carriage return or a line feed is quoted, its quotes doubled.
 * Source: https://www.rfc-editor.org/rfc/rfc4180
 */

/** One CSV value; null and undefined become an empty field. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * One field, quoted only when it must be.
 * @example csvField('Trade occupations, 2026') //=> '"Trade occupations, 2026"'
 * @example csvField('say "hi"') //=> '"say ""hi"""'
 */
export function csvField(value: CsvValue): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A whole CSV text: a header row, then one row per record, each line ending in CRLF.
 * @example toCsv(['number', 'name'], [['252', 'Healthcare occupations (Version 1)']])
 * //=> 'number,name\r\n252,Healthcare occupations (Version 1)\r\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
