#!/usr/bin/env node
// React's production build is several times faster; keep the user's choice when they made one.
process.env.NODE_ENV ??= 'production';
// Rendering many videos at once flushes journal writes to disk in parallel: more than libuv's default 4
// threads, so they do not queue behind each other (read when the pool first starts, i.e. after this line).
process.env.UV_THREADPOOL_SIZE ??= '16';
process.setSourceMapsEnabled?.(true);
// Node 22.1+ keeps compiled bytecode of the library's modules between runs (a no-op on older Node).
const { enableCompileCache } = await import('node:module');
enableCompileCache?.();
await import('../dist/src/cli/main.js');
