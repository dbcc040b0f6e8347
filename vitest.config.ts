import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  // Tests and examples import the package by its public name; point that name at the sources.
  resolve: {
    alias: [
      { find: /^pictory-jsx\/jsx-dev-runtime$/, replacement: here('./jsx-runtime/jsx-dev-runtime.ts') },
      { find: /^pictory-jsx\/jsx-runtime$/, replacement: here('./jsx-runtime/jsx-runtime.ts') },
      { find: /^pictory-jsx\/emulator$/, replacement: here('./src/emulator/index.ts') },
      { find: /^pictory-jsx\/client$/, replacement: here('./src/client/index.ts') },
      { find: /^pictory-jsx$/, replacement: here('./src/index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
