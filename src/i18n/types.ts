/** Machine fields of a reason or label, rendered by a catalogue entry. */
// biome-ignore lint/suspicious/noExplicitAny: catalogue entries read their own fields.
export type MessageParams = Record<string, any>;
export type Lang = 'en' | 'fr';
