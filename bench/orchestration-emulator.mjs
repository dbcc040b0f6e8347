// The emulator of bench/orchestration.mjs, in its own process so that its CPU and memory are not the
// client's: starts, sends its URL to the parent, and closes when told to.
const { startEmulator } = await import('../dist/src/emulator/index.js');
const renderMs = Number(process.argv[2] ?? '1000');
const emu = await startEmulator({ draftVideos: false, timing: { renderMs, previewMs: renderMs }, aiCredits: 1e9 });
process.send({ url: emu.url });
process.on('message', async (message) => {
  if (message?.type !== 'stop') return;
  const submits = emu.ledger.length;
  const polls = emu.requests.filter((r) => r.method === 'GET' && r.path.startsWith('/v1/jobs')).length;
  await emu.close();
  process.send({ submits, polls }, () => process.exit(0));
});
