#!/usr/bin/env node
// React's production build is several times faster; keep the user's choice when they made one.
process.env.NODE_ENV ??= 'production';
process.setSourceMapsEnabled?.(true);
await import('../dist/src/cli/main.js');
