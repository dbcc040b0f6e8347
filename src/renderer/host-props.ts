/**
 * A host element's props as the compiler sees them: own enumerable string keys only (no `children`, no
 * symbols such as the location), and a `ref` given to a DSL component put back as an ordinary prop so the
 * compiler reports it as unknown. Never throws: a props object React received is the user's and may be
 * hostile (a Proxy); whatever cannot be read becomes a prop named `(unreadable props)` for the compiler
 * to report.
 */
import { GIVEN_REF } from '../../jsx-runtime/element.js';

export const UNREADABLE = '(unreadable props)';

export function hostProps(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  try {
    for (const name in props) {
      if (name === 'children') continue;
      // A prop named "__proto__" (from JSON.parse or a spread) must stay a prop, not become a prototype.
      if (name === '__proto__') Object.defineProperty(out, name, { value: props[name], enumerable: true, writable: true, configurable: true });
      else out[name] = props[name];
    }
    const ref = (props as Record<symbol, unknown>)[GIVEN_REF];
    if (ref !== undefined) out.ref = ref;
  } catch (thrown) {
    out[UNREADABLE] = thrown;
  }
  return out;
}
