import { z } from 'zod';
import { profileSchema } from './schema.js';

/** The JSON Schema of the profile format as a user writes it (defaults optional). */
export function profileJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://github.com/express-entry/express-entry/docs/profile.schema.json',
    title: 'Express Entry candidate profile (express-entry/profile@1)',
    ...z.toJSONSchema(profileSchema, { io: 'input', unrepresentable: 'any' }),
  };
}
