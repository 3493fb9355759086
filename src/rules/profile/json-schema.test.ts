import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profileJsonSchema } from './json-schema.js';

describe('docs/profile.schema.json', () => {
  it('is the schema the code validates with (run `npm run schema` after changing it)', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../../../docs/profile.schema.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(profileJsonSchema());
  });
  it('forbids unknown fields and requires format, birthDate and maritalStatus', () => {
    const schema = profileJsonSchema() as { required: string[]; additionalProperties: boolean };
    expect(schema.required.sort()).toEqual(['birthDate', 'format', 'maritalStatus']);
    expect(schema.additionalProperties).toBe(false);
  });
});
