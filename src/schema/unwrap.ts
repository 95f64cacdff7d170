/** The schema inside the wrappers that only make a value optional, defaulted or nullable. */
import { z } from 'zod';

/**
 * The schema a value is checked against once present: `s` without its optional, default and
 * nullable wrappers.
 * @param s a schema
 * @returns the innermost schema that is none of those wrappers
 */
export function unwrapSchema(s: z.ZodType): z.ZodType {
  let cur = s;
  for (let i = 0; i < 10; i++) {
    if (cur instanceof z.ZodOptional || cur instanceof z.ZodDefault || cur instanceof z.ZodNullable) cur = cur.unwrap() as z.ZodType;
    else break;
  }
  return cur;
}
