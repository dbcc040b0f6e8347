/**
 * The pre-flight in front of every submit: `pictory-jsx render` and the library's render() refuse an
 * unknown speaker before anything is sent (zero POSTs reach the emulator), a template with a missing
 * variable, an estimate over the balance; `--no-preflight` skips it; a file of 100 videos sharing one
 * speaker costs one request per catalog.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderCommand, type RenderCommandOptions } from '../../src/cli/commands/render.js';
import { ValidationError } from '../../src/client/errors.js';
import { compileAllAsync } from '../../src/compiler/compile.js';
import type { CompiledVideo } from '../../src/compiler/types.js';
import type { Emulator } from '../../src/emulator/types.js';
import { render, renderCompiled } from '../../src/runner/render.js';
import { AIImageBackground, Scene, Video, VoiceOver } from 'pictory-jsx';
import { client, emulator } from '../client/helpers.js';
import { commandIO, count, posts } from './helpers.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const TIMM = join(FIXTURES, 'timm.tsx');
const HUNDRED = join(FIXTURES, 'hundred.tsx');
const ONE = fileURLToPath(new URL('../runner/fixtures/one-video.tsx', import.meta.url));

async function renderFile(emu: Emulator, file: string, options: RenderCommandOptions = {}) {
  const { io, stdout, stderr } = await commandIO(emu);
  const code = await renderCommand(file, options, { ...io, signal: new AbortController().signal, live: false });
  return { code, stdout: stdout(), stderr: stderr() };
}

describe('pre-flight before submit', () => {
  it('render refuses speaker "Timm" with did-you-mean "Tim" at its element, exit 1, and sends nothing', async () => {
    const emu = await emulator();
    const { code, stdout, stderr } = await renderFile(emu, TIMM);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('"timm" refers to what the account does not have; nothing was sent.');
    expect(stderr).toContain('error  Video > Scene[1] > VoiceOver: speaker "Timm" is not a voice of this account; did you mean "Tim"?');
    expect(posts(emu)).toBe(0);
    expect(emu.ledger).toHaveLength(0);
  });

  it('points at the <VoiceOver> line of the file', async () => {
    const emu = await emulator();
    const { stderr } = await renderFile(emu, TIMM);
    expect(stderr).toMatch(/timm\.tsx:7:7 {2}error {2}Video > Scene\[1\] > VoiceOver: speaker "Timm"/);
  });

  it('the library render() refuses it too, with a ValidationError, before any submit', async () => {
    const emu = await emulator();
    const c = client(emu);
    const video = (
      <Video name="lib-timm">
        <VoiceOver speaker="Timm" />
        <Scene story="Hallo.">
          <AIImageBackground model="flux-schnell" />
        </Scene>
      </Video>
    );
    const error = await render(video, { client: c, journal: false }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toMatch(/Video > VoiceOver: speaker "Timm" is not a voice of this account; did you mean "Tim"\?/);
    expect(error.diagnostics[0]).toMatchObject({ code: 'unknown-speaker', path: 'Video > VoiceOver' });
    expect(posts(emu)).toBe(0);
    // Fixed, it renders.
    const fixed = (
      <Video name="lib-tim">
        <VoiceOver speaker="Tim" />
        <Scene story="Hallo.">
          <AIImageBackground model="flux-schnell" />
        </Scene>
      </Video>
    );
    const result = await render(fixed, { client: c, journal: false, poll: { initialMs: 50, minMs: 20 } });
    expect(result.aiCreditsUsed).toBe(0.6);
    expect(posts(emu)).toBe(1);
  });

  it('refuses a template with a missing variable before submit', async () => {
    const emu = await emulator();
    // Hand-built until <Video templateId variables> exist: the pre-flight reads the wire fields.
    const compiled: CompiledVideo = {
      ok: true,
      videoName: 'welcome',
      request: { videoName: 'welcome', templateId: 'tpl_welcome_customer', variables: { Name: 'Ada' }, scenes: [] } as unknown as CompiledVideo['request'],
      credits: { total: 0, exact: true, items: [] },
      diagnostics: [],
      locations: new Map(),
    };
    const error = await renderCompiled(compiled, { client: client(emu), journal: false }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toContain('template "Customer Welcome" needs variable "Company" in `variables`');
    expect(posts(emu)).toBe(0);
  });

  it('refuses a file whose estimate exceeds the AI-credit balance', async () => {
    const emu = await emulator({ aiCredits: 100 });
    const { code, stderr } = await renderFile(emu, ONE);
    expect(code).toBe(1);
    expect(stderr).toContain('this video needs 120 AI credits; the account has 100 available');
    expect(posts(emu)).toBe(0);
  });

  it('--no-preflight skips the check, says what is at risk, and submits', async () => {
    const emu = await emulator({ timing: { previewMs: 20, renderMs: 20 } });
    const { code, stderr } = await renderFile(emu, TIMM, { preflight: false, concurrency: 1 });
    expect(stderr).toMatch(/Pre-flight skipped \(--no-preflight\): a wrong speaker, .* found only by Pictory after submission/);
    expect(count(emu, 'GET', '/v1/voiceovers/tracks')).toBe(0);
    expect(posts(emu)).toBe(1);
    expect(code).toBe(0);
  });

  it('100 videos sharing one speaker and brand: one request per catalog, then 100 submits', async () => {
    const emu = await emulator({ timing: { previewMs: 20, renderMs: 20 } });
    const { code, stdout } = await renderFile(emu, HUNDRED, { concurrency: 100 });
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(100);
    expect(count(emu, 'GET', '/v1/voiceovers/tracks')).toBe(1);
    expect(count(emu, 'GET', '/v1/brands/video')).toBe(1);
    const catalogReads = emu.requests.filter((r) => r.method === 'GET' && !r.path.startsWith('/v1/jobs')); // job polls and the journal's listing fence are not catalogs
    expect(catalogReads.map((r) => r.path).sort()).toEqual(['/v1/brands/video', '/v1/voiceovers/tracks']);
    expect(posts(emu)).toBe(100);
  }, 120_000);
});
