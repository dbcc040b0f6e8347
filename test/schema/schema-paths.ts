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

/** The enum fields of the schema, path → allowed values (e.g. `scenes[].sceneTransition` → the transitions). */
export function schemaEnums(schema: z.ZodType, prefix = '', out = new Map<string, string[]>()): Map<string, string[]> {
  const def = (schema as unknown as { _zod: { def: Record<string, any> } })._zod.def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
      return schemaEnums(def.innerType, prefix, out);
    case 'array':
      return schemaEnums(def.element, `${prefix}[]`, out);
    case 'union':
      for (const option of def.options) schemaEnums(option, prefix, out);
      return out;
    case 'object':
      for (const [key, value] of Object.entries(def.shape)) schemaEnums(value as z.ZodType, prefix ? `${prefix}.${key}` : key, out);
      return out;
    case 'enum':
      out.set(prefix, Object.values(def.entries as Record<string, string>));
      return out;
    default:
      return out;
  }
}
