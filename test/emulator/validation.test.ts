import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { call, PLAIN, start, submit } from './helpers.js';

let emu: Emulator;
beforeEach(async () => {
  emu = await start();
});
afterEach(() => emu.close());

/** A one-scene body with this background. */
const withBackground = (background: unknown) => ({ videoName: 'v', scenes: [{ story: 'One sentence.', background }] });

/** POST `body` and expect a 400 naming `field`; returns the error text for that field. */
async function rejects(body: unknown, field: string): Promise<string> {
  const answer = await call(emu, 'POST', '/v2/video/storyboard/render', { body });
  expect(answer.status, answer.text).toBe(400);
  expect(answer.json).toMatchObject({ code: 'INVALID_REQUEST_BODY', message: expect.any(String) });
  const entry = (answer.json.fields as Array<{ name: string; errors: string }>).find((f) => f.name === field);
  expect(entry, `fields: ${JSON.stringify(answer.json.fields)}`).toBeDefined();
  expect(typeof entry!.errors).toBe('string');
  return entry!.errors;
}

describe('400 INVALID_REQUEST_BODY', () => {
  it('rejects two of visualUrl / color / aiVisual in one background', async () => {
    const errors = await rejects(
      withBackground({ type: 'video', visualUrl: 'https://example.com/a.mp4', aiVisual: { model: 'pixverse5.5' } }),
      'scenes[0].background',
    );
    expect(errors).toMatch(/only one of visualUrl, color or aiVisual/);
    await rejects(withBackground({ color: '#000', visualUrl: 'https://example.com/a.jpg' }), 'scenes[0].background');
  });

  it('rejects aiVisual without type', async () => {
    expect(await rejects(withBackground({ aiVisual: { model: 'veo3.1', videoDuration: '6s' } }), 'scenes[0].background')).toMatch(/type is required/);
  });

  it('rejects a type that does not match the model', async () => {
    expect(await rejects(withBackground({ type: 'image', aiVisual: { model: 'pixverse5.5' } }), 'scenes[0].background')).toMatch(/must be "video"/);
    expect(await rejects(withBackground({ type: 'video', aiVisual: { model: 'flux-schnell' } }), 'scenes[0].background')).toMatch(/must be "image"/);
  });

  it('rejects videoDuration with type image', async () => {
    await rejects(withBackground({ type: 'image', aiVisual: { model: 'flux-schnell', videoDuration: '5s' } }), 'scenes[0].background.aiVisual.videoDuration');
  });

  it('rejects unknown models, titan included', async () => {
    await rejects(withBackground({ type: 'video', aiVisual: { model: 'sora' } }), 'scenes[0].background.aiVisual.model');
    await rejects(withBackground({ type: 'image', aiVisual: { model: 'titan' } }), 'scenes[0].background.aiVisual.model');
  });

  it('rejects aiVisual without model', async () => {
    await rejects(withBackground({ type: 'image', aiVisual: { prompt: 'a cat' } }), 'scenes[0].background.aiVisual.model');
  });

  it('limits prompts to 500 characters by default and 250 when configured', async () => {
    const at = (n: number) => withBackground({ type: 'image', aiVisual: { model: 'flux-schnell', prompt: 'x'.repeat(n) } });
    await submit(emu, '/v2/video/storyboard/render', at(500));
    await rejects(at(501), 'scenes[0].background.aiVisual.prompt');
    await emu.close();
    emu = await start({ promptMaxLength: 250 });
    await submit(emu, '/v2/video/storyboard/render', at(250));
    await rejects(at(251), 'scenes[0].background.aiVisual.prompt');
  });

  it('requires videoWidth and videoHeight together', async () => {
    await rejects({ ...PLAIN, videoWidth: 1920 }, 'videoHeight');
    await rejects({ ...PLAIN, videoHeight: 1080 }, 'videoWidth');
    await submit(emu, '/v2/video/storyboard/render', { ...PLAIN, videoWidth: 1920, videoHeight: 1080 });
  });

  it('rejects the mutually exclusive id/name pairs', async () => {
    await rejects({ ...PLAIN, brandId: 'b1', brandName: 'Acme' }, 'brandId');
    await rejects({ ...PLAIN, subtitleStyleId: 's1', subtitleStyleName: 'Default' }, 'subtitleStyleId');
    await rejects({ ...PLAIN, smartLayoutId: 'l1', smartLayoutName: 'Modern' }, 'smartLayoutId');
  });

  it('rejects invalid enum values', async () => {
    await rejects({ ...PLAIN, aspectRatio: '4:3' }, 'aspectRatio');
    await rejects({ ...PLAIN, language: 'xx' }, 'language');
    await rejects(withBackground({ type: 'image', aiVisual: { model: 'flux-schnell', mediaStyle: 'noir' } }), 'scenes[0].background.aiVisual.mediaStyle');
  });

  it('accepts all 20 language codes (the lenient list)', async () => {
    for (const language of ['en', 'ta', 'ar', 'id', 'pl', 'tr', 'ur', 'vi']) {
      await submit(emu, '/v2/video/storyboard', { ...PLAIN, language });
    }
  });

  it('checks voice speed, amplification level and music volume ranges', async () => {
    const voice = (v: Record<string, number>) => ({ ...PLAIN, voiceOver: { enabled: true, aiVoices: [{ speaker: 'Brian', ...v }] } });
    await rejects(voice({ speed: 49 }), 'voiceOver.aiVoices[0].speed');
    await rejects(voice({ speed: 201 }), 'voiceOver.aiVoices[0].speed');
    await rejects(voice({ amplificationLevel: -1.5 }), 'voiceOver.aiVoices[0].amplificationLevel');
    await rejects(voice({ amplificationLevel: 1.1 }), 'voiceOver.aiVoices[0].amplificationLevel');
    await submit(emu, '/v2/video/storyboard', voice({ speed: 50, amplificationLevel: -1 }));
    await submit(emu, '/v2/video/storyboard', voice({ speed: 200, amplificationLevel: 1 }));
    await rejects({ ...PLAIN, backgroundMusic: { enabled: true, autoMusic: true, volume: 1.5 } }, 'backgroundMusic.volume');
    await rejects({ ...PLAIN, backgroundMusic: { enabled: true, autoMusic: true, volume: -0.1 } }, 'backgroundMusic.volume');
    const sceneVoice = { videoName: 'v', scenes: [{ story: 'Hi.', voiceOver: { enabled: true, aiVoices: [{ speaker: 'Brian', speed: 300 }] } }] };
    await rejects(sceneVoice, 'scenes[0].voiceOver.aiVoices[0].speed');
  });

  it('requires videoName and a non-empty scenes array', async () => {
    await rejects({ scenes: PLAIN.scenes }, 'videoName');
    await rejects({ videoName: 'v' }, 'scenes');
    await rejects({ videoName: 'v', scenes: [] }, 'scenes');
  });

  it('answers 400 to a body that is not JSON, or not an object', async () => {
    expect(await rejects('{"videoName": ', 'body')).toMatch(/Invalid JSON/);
    await rejects('[1, 2]', 'body');
  });

  it('reports every invalid field of the request', async () => {
    const answer = await call(emu, 'POST', '/v2/video/storyboard', {
      body: { aspectRatio: 'wide', scenes: [{ story: 'a', background: { aiVisual: { model: 'pixverse5.5' } } }] },
    });
    expect(answer.status).toBe(400);
    expect(answer.json.fields.map((f: { name: string }) => f.name).sort()).toEqual(['aspectRatio', 'scenes[0].background', 'videoName']);
  });

  it('rejects an invalid videoDuration when invalidDuration is "reject"', async () => {
    await emu.close();
    emu = await start({ invalidDuration: 'reject' });
    const errors = await rejects(withBackground({ type: 'video', aiVisual: { model: 'veo3.1', videoDuration: '5s' } }), 'scenes[0].background.aiVisual.videoDuration');
    expect(errors).toMatch(/"4s", "6s", "8s"/);
    await submit(emu, '/v2/video/storyboard', withBackground({ type: 'video', aiVisual: { model: 'veo3.1', videoDuration: '8s' } }));
  });

  it('creates no job for a rejected request', async () => {
    await rejects(withBackground({ type: 'video', aiVisual: { model: 'nope' } }), 'scenes[0].background.aiVisual.model');
    expect(emu.ledger).toEqual([]);
  });
});

describe('unknown fields', () => {
  it('are silently stripped at every level; the ledger keeps the stripped body', async () => {
    const body = {
      videoName: 'stripped',
      colour: 'red',
      voiceOver: { enabled: true, aiVoices: [{ speaker: 'Brian', speed: 110, pitch: 3 }], extra: true },
      scenes: [
        {
          story: 'Hello.',
          sceneMood: 'happy',
          background: { type: 'image', aiVisual: { model: 'flux-schnell', prompt: 'sun', seed: 42 }, opacity: 0.5 },
        },
      ],
    };
    await submit(emu, '/v2/video/storyboard/render', body);
    expect(emu.ledger[0].body).toEqual({
      videoName: 'stripped',
      voiceOver: { enabled: true, aiVoices: [{ speaker: 'Brian', speed: 110 }] },
      scenes: [{ story: 'Hello.', background: { type: 'image', aiVisual: { model: 'flux-schnell', prompt: 'sun' } } }],
    });
  });

  it('keeps documented fields verbatim, including ones the emulator does not interpret', async () => {
    const body = {
      ...PLAIN,
      webhookInput: { campaign: 7 },
      subtitleStyle: { fontFamily: 'Roboto', fontSize: 32 },
      logo: { url: 'https://example.com/logo.png', position: 'top-right', width: '10%' },
    };
    await submit(emu, '/v2/video/storyboard/render', body);
    expect(emu.ledger[0].body).toEqual(body);
  });
});
