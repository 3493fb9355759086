// Writes docs/profile.schema.json from the zod schema: `npm run schema`.
import { writeFileSync } from 'node:fs';
import { profileJsonSchema } from '../src/rules/profile/json-schema.js';

writeFileSync(
  new URL('../docs/profile.schema.json', import.meta.url),
  `${JSON.stringify(profileJsonSchema(), null, 2)}\n`,
);
console.log('wrote docs/profile.schema.json');
