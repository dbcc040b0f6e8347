/**
 * A component's props interface and its schema cannot drift apart: `defineComponent<Props>()({ schema })`
 * does not compile when they differ. Each `@ts-expect-error` below must be an error (these declarations
 * are only type-checked, never run).
 */
import { z } from 'zod';
import { defineComponent, type Place } from '../../src/components/define.js';

interface Props {
  label: string;
  size?: number;
  /** Written `as const` by users: readonly arrays must be accepted. */
  tags?: readonly string[];
  box?: { width: string };
}
const place: Place = { parents: ['Scene'], key: 'probe', misplaced: () => 'inside a <Scene>' };
const emit = () => ({});
const fields = {
  label: z.string(),
  size: z.number().optional(),
  tags: z.array(z.string()).optional(),
  box: z.strictObject({ width: z.string() }).optional(),
};

const { size: _size, ...withoutSize } = fields;

export const Agrees = defineComponent<Props>()({ name: 'Agrees', place, emit, schema: z.strictObject(fields) });

// @ts-expect-error a prop of the interface is missing from the schema
export const MissingInSchema = defineComponent<Props>()({ name: 'A', place, emit, schema: z.strictObject(withoutSize) });
// @ts-expect-error a prop of the schema is missing from the interface
export const MissingInProps = defineComponent<Props>()({ name: 'B', place, emit, schema: z.strictObject({ ...fields, extra: z.string().optional() }) });
// @ts-expect-error required in the interface, optional in the schema
export const Optionality = defineComponent<Props>()({ name: 'C', place, emit, schema: z.strictObject({ ...fields, label: z.string().optional() }) });
// @ts-expect-error a different type
export const WrongType = defineComponent<Props>()({ name: 'D', place, emit, schema: z.strictObject({ ...fields, size: z.string().optional() }) });
// @ts-expect-error a different type in a nested object
export const WrongNested = defineComponent<Props>()({ name: 'E', place, emit, schema: z.strictObject({ ...fields, box: z.strictObject({ width: z.number() }).optional() }) });
// @ts-expect-error the schema narrower than the interface
export const Narrower = defineComponent<Props>()({ name: 'F', place, emit, schema: z.strictObject({ ...fields, label: z.enum(['a', 'b']) }) });
