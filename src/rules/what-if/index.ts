/** What-if analysis: the single changes that would raise the CRS or open a category or a program. */
export { nextBirthday } from './birthday.js';
export { WHAT_IF_CODES, type WhatIfCode } from './codes.js';
export type { WhatIfResult, WhatIfSuggestion } from './types.js';
export { whatIf } from './what-if.js';
