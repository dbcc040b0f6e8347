/**
 * What a completed storyboard preview answers besides its URL: `renderParams` (the render composition:
 * output settings and timed elements, one `backgroundElement_<n>` and one `SceneText_<n>` per planned scene,
 * plus `voiceOver` and `bgMusic` audio elements) and `storyboard` (the resolved input: scenes after
 * splitting, with fallbacks applied). Pictory documents the element ids and kinds but not every property;
 * the rest is the emulator's plain reading.
 */
import type { Plan, PlannedBackground } from './plan.js';
import type { StoryboardBody } from './validate.js';

const seconds = (hundredths: number) => hundredths / 100;

function backgroundProps(background: PlannedBackground): Record<string, unknown> {
  switch (background.kind) {
    case 'ai': {
      const v = background.visual;
      const aiVisual = { model: v.model, prompt: v.prompt, mediaStyle: v.mediaStyle, videoDuration: v.videoDuration, aspectRatio: v.aspectRatio };
      return { type: v.type, visualType: 'ai', aiVisual };
    }
    case 'url':
      return { type: background.type, visualType: 'user', url: background.url, visualUrl: background.url, loop: background.loop, mute: background.mute };
    case 'color':
      return { type: 'color', visualType: 'color', backgroundColor: background.color };
    case 'none':
      return { type: 'video', visualType: 'stock' };
  }
}

/** The `renderParams` of a completed preview. */
export function renderParams(body: StoryboardBody, plan: Plan): Record<string, unknown> {
  const elements: Record<string, unknown>[] = [];
  const sceneMarkers: number[] = [];
  let start = 0;
  plan.scenes.forEach((scene, i) => {
    const timing = { startTime: seconds(start), duration: seconds(scene.durationHundredths) };
    sceneMarkers.push(timing.startTime);
    elements.push({ id: `backgroundElement_${i + 1}`, elementType: 'backgroundElement', ...timing, ...backgroundProps(scene.background) });
    if (scene.text !== '') {
      elements.push({ id: `SceneText_${i + 1}`, elementType: 'SceneText', type: 'text', ...timing, text: scene.text });
    }
    start += scene.durationHundredths;
  });
  const whole = { startTime: 0, duration: seconds(plan.durationHundredths) };
  const voice = body.voiceOver;
  if (voice?.enabled === true) {
    elements.push({ id: 'voiceOver', elementType: 'audioElement', type: 'audio', ...whole, speaker: voice.aiVoices?.[0]?.speaker });
  }
  const music = body.backgroundMusic;
  if (music?.enabled === true) {
    elements.push({
      id: 'bgMusic',
      elementType: 'audioElement',
      type: 'audio',
      ...whole,
      autoMusic: music.autoMusic,
      url: music.musicUrl,
      volume: music.volume ?? 1,
    });
  }
  return {
    output: { name: body.videoName, title: body.videoName, format: 'mp4', width: plan.width, height: plan.height, aspectRatio: plan.aspectRatio },
    elements,
    sceneMarkers,
  };
}

/** The `storyboard` of a completed preview: the request as Pictory resolved it. */
export function resolvedStoryboard(body: StoryboardBody, plan: Plan): Record<string, unknown> {
  return {
    videoName: body.videoName,
    aspectRatio: plan.aspectRatio,
    language: body.language ?? 'en',
    videoWidth: plan.width,
    videoHeight: plan.height,
    videoDuration: seconds(plan.durationHundredths),
    scenes: plan.scenes.map((scene) => ({
      story: scene.text,
      sourceScene: scene.sourceIndex,
      duration: seconds(scene.durationHundredths),
      background: backgroundProps(scene.background),
    })),
  };
}
