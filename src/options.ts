/**
 * Checking API options. Misusing the API throws at once (unified's "Cannot call `use` on a frozen
 * processor"), with a message that names the option and says what was expected; parsing user
 * text never throws. One formatter for every entry point, so the messages read alike.
 */
import { z } from 'zod';
import { dashiji } from './errors.js';

/** The `lang` option every entry point takes: the language of diagnostic messages. */
export const LangSchema = z.enum(['zh', 'en']);

/**
 * Parse `value` with `schema` or throw a TypeError such as
 * `dashiji: invalid entities() options: unknown option "peoples" (expected people, organizations, places)`.
 */
export function checkOptions<T>(schema: z.ZodType<T>, value: unknown, where: string, expected: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return `unknown option ${issue.keys.map((k) => `"${k}"`).join(', ')} (expected ${expected})`;
    }
    if (issue.path.length === 0) return `options: expected an object with ${expected}`;
    const message = issue.message.replace(/^Invalid input: /, '');
    return `option "${issue.path.map(String).join('.')}": ${message.startsWith('expected') ? message : `expected ${message}`}`;
  });
  throw dashiji(`invalid ${where} options: ${problems.join('; ')}`);
}
