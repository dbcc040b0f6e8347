import type { z } from 'zod';

/** Every field path the schema declares, e.g. `scenes[].elements[].style.animations[].name`. */
export function schemaPaths(schema: z.ZodType, prefix = '', out = new Set<string>()): Set<string> {
  const def = (schema as unknown as { _zod: { def: Record<string, any> } })._zod.def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
      return schemaPaths(def.innerType, prefix, out);
    case 'array':
      return schemaPaths(def.element, `${prefix}[]`, out);
    case 'union':
      for (const option of def.options) schemaPaths(option, prefix, out);
      return out;
    case 'object':
      for (const [key, value] of Object.entries(def.shape)) schemaPaths(value as z.ZodType, prefix ? `${prefix}.${key}` : key, out);
      return out;
    default:
      out.add(prefix);
      return out;
  }
}
