/**
 * What a completed storyboard preview answers besides its URL: `renderParams` (the render composition:
 * output settings and timed elements — one `backgroundElement_<n>` and one `SceneText_<n>` per planned
 * scene, one `layerItem_<n>_<k>` per overlay element, plus `voiceOver` and `bgMusic` audio elements) and
 * `storyboard` (the resolved input: scenes after splitting, with fallbacks and documented defaults applied,
 * their elements, and the elements Pictory dropped). Pictory documents the element ids and kinds but not
 * every property; the rest is the emulator's plain reading, shaped so a renderer can draw it.
 */
import type { Plan, PlannedBackground, PlannedElement, PlannedMedia, PlannedScene, PlannedVisual } from './plan.js';
import type { StoryboardBody } from './validate.js';

const seconds = (hundredths: number) => hundredths / 100;

function aiVisualProps(v: PlannedVisual): Record<string, unknown> {
  return {
    model: v.model,
    prompt: v.prompt,
    mediaStyle: v.mediaStyle,
    videoDuration: v.videoDuration,
    aspectRatio: v.aspectRatio,
    visualContinuity: v.visualContinuity,
    firstFrameImageUrl: v.firstFrameImageUrl,
    referenceImageUrls: v.referenceImageUrls,
    referenceImageUrl: v.referenceImageUrl,
  };
}

function backgroundProps(background: PlannedBackground): Record<string, unknown> {
  switch (background.kind) {
    case 'ai': {
      const v = background.visual;
      return { type: v.type, visualType: 'ai', aiVisual: aiVisualProps(v) };
    }
    case 'url':
      return {
        type: background.type,
        visualType: 'user',
        url: background.url,
        visualUrl: background.url,
        loop: background.loop,
        mute: background.mute,
        clips: background.clips,
      };
    case 'color':
      return { type: 'color', visualType: 'color', backgroundColor: background.color };
    case 'none':
      return {
        type: 'video',
        visualType: 'stock',
        searchFilter: background.search,
        ...(background.failedAi === undefined ? {} : { aiVisualFailed: aiVisualProps(background.failedAi) }),
      };
  }
}

function mediaProps(media: PlannedMedia): Record<string, unknown> {
  switch (media.kind) {
    case 'ai':
      return { visualType: 'ai', aiVisual: aiVisualProps(media.visual) };
    case 'stock':
      return { visualType: 'stock', searchFilter: { query: media.query } };
    case 'url':
      return { visualType: 'user', url: media.url, visualUrl: media.url };
  }
}

/** One overlay element as the answers show it: placement, then what it draws. */
function elementProps(element: PlannedElement): Record<string, unknown> {
  const placement = { position: element.position, top: element.top, left: element.left, width: element.width };
  switch (element.type) {
    case 'text':
      return { type: 'text', text: element.text, textVariant: element.variant, style: element.style, ...placement };
    case 'shape': {
      const { name, fill, stroke, strokeWidth, borderRadius } = element;
      return { type: 'shape', name, fill, stroke, strokeWidth, borderRadius, ...placement };
    }
    default:
      return {
        type: element.type,
        ...mediaProps(element.media),
        colorOverlay: element.colorOverlay,
        loop: element.loop,
        mute: element.mute,
        ...placement,
      };
  }
}

/** A background element's extras and the scene's transition. */
function sceneLook(scene: PlannedScene): Record<string, unknown> {
  return { ...scene.backgroundExtras, transition: scene.transition };
}

/** The `renderParams` of a completed preview. */
export function renderParams(body: StoryboardBody, plan: Plan): Record<string, unknown> {
  const elements: Record<string, unknown>[] = [];
  const sceneMarkers: number[] = [];
  let start = 0;
  plan.scenes.forEach((scene, i) => {
    const n = i + 1;
    const timing = { startTime: seconds(start), duration: seconds(scene.durationHundredths) };
    sceneMarkers.push(timing.startTime);
    elements.push({ id: `backgroundElement_${n}`, elementType: 'backgroundElement', ...timing, ...backgroundProps(scene.background), ...sceneLook(scene) });
    if (scene.text !== '') {
      elements.push({
        id: `SceneText_${n}`,
        elementType: 'SceneText',
        type: 'text',
        ...timing,
        text: scene.text,
        hidden: scene.hideSubtitles,
        highlightKeywords: scene.highlightKeywords,
        maxLines: scene.maxSubtitleLines,
        style: scene.subtitleStyle,
      });
    }
    scene.elements.forEach((element, k) => {
      elements.push({ id: `layerItem_${n}_${k + 1}`, elementType: 'layerItem', ...timing, layer: k + 1, ...elementProps(element) });
    });
    start += scene.durationHundredths;
  });
  const whole = { startTime: 0, duration: seconds(plan.durationHundredths) };
  const voice = body.voiceOver;
  if (voice?.enabled === true) {
    elements.push({
      id: 'voiceOver',
      elementType: 'audioElement',
      type: 'audio',
      ...whole,
      speaker: voice.aiVoices?.[0]?.speaker,
      speakers: voice.aiVoices?.map((v) => v.speaker),
      url: voice.externalVoice?.voiceUrl,
    });
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
      clips: music.clips,
      mutedScenes: plan.scenes.flatMap((s, i) => (s.music ? [] : [i + 1])),
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
    templateId: body.templateId,
    subtitleStyle: body.subtitleStyle,
    logo: body.logo,
    avatar: body.avatar,
    scenes: plan.scenes.map((scene) => ({
      story: scene.text,
      sourceScene: scene.sourceIndex,
      duration: seconds(scene.durationHundredths),
      sceneTransition: scene.transition,
      hideSubtitles: scene.hideSubtitles,
      subtitleStyle: scene.subtitleStyle,
      background: { ...backgroundProps(scene.background), ...scene.backgroundExtras },
      elements: scene.elements.map(elementProps),
      droppedElements: scene.droppedElements,
    })),
  };
}
