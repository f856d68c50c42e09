/**
 * The JSON Schema of what staff write in a content file (before defaults and transforms), as zod
 * produces it: the generated field reference and the editor's forms both read schemas this way.
 */
import { z } from 'astro/zod';

/** The JSON Schema subset zod writes for the content schemas. */
export interface JsonSchema {
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  pattern?: string;
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  default?: unknown;
  anyOf?: JsonSchema[];
  exclusiveMinimum?: number;
  minimum?: number;
}

export function inputSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}
