#!/usr/bin/env node
// React's production build is several times faster; keep the user's choice when they made one.
process.env.NODE_ENV ??= 'production';
process.setSourceMapsEnabled?.(true);
// Node 22.1+ keeps compiled bytecode of the library's modules between runs (a no-op on older Node).
const { enableCompileCache } = await import('node:module');
enableCompileCache?.();
await import('../dist/src/cli/main.js');
