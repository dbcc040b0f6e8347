/**
 * Pass 5 — emit: the exact JSON body of Pictory's v2 storyboard API. Keys appear only when the user set
 * them (Pictory's defaults stay Pictory's), in a stable order so the output diffs cleanly.
 */
import type { PictoryRequest } from './types.js';
import type { ValidBackground, ValidScene, ValidVideo } from './validate.js';

type Json = Record<string, unknown>;

export function emit(video: ValidVideo): PictoryRequest {
  const p = video.props;
  return compact({
    videoName: p.name,
    videoWidth: p.width,
    videoHeight: p.height,
    aspectRatio: p.aspectRatio,
    language: p.language,
    saveProject: p.saveProject,
    webhook: p.webhook,
    webhookInput: p.webhookData,
    brandId: p.brandId,
    brandName: p.brandName,
    logo: p.logo,
    backgroundMusic: video.music && backgroundMusic(video.music.props),
    voiceOver: video.voiceOver && voiceOver(video.voiceOver.props),
    scenes: video.scenes.map(scene),
  }) as PictoryRequest;
}

function scene(s: ValidScene): Json {
  const p = s.props;
  return compact({
    story: p.story,
    createSceneOnNewLine: p.splitLines,
    createSceneOnEndOfSentence: p.splitSentences,
    minimumDuration: p.minimumDuration,
    hideSubtitles: p.hideSubtitles,
    background: s.background && background(s.background),
    voiceOver: s.voiceOver && voiceOver(s.voiceOver.props),
  });
}

function background(b: ValidBackground): Json {
  switch (b.type) {
    case 'AIImageBackground':
      return { type: 'image', aiVisual: compact({ model: b.props.model, prompt: b.props.prompt, mediaStyle: b.props.mediaStyle }) };
    case 'AIVideoBackground':
      return {
        type: 'video',
        aiVisual: compact({ model: b.props.model, prompt: b.props.prompt, mediaStyle: b.props.mediaStyle, videoDuration: b.props.duration }),
      };
    case 'ImageBackground':
      return { type: 'image', visualUrl: b.props.src };
    case 'VideoBackground': {
      const settings = compact({ mute: b.props.mute, loop: b.props.loop });
      return compact({ type: 'video', visualUrl: b.props.src, settings: Object.keys(settings).length ? settings : undefined });
    }
    case 'ColorBackground':
      return { color: b.props.color };
  }
}

function voiceOver(p: { speaker: string; speed?: number; amplificationLevel?: number }): Json {
  return { enabled: true, aiVoices: [compact({ speaker: p.speaker, speed: p.speed, amplificationLevel: p.amplificationLevel })] };
}

function backgroundMusic(p: { autoMusic?: boolean; src?: string; volume?: number }): Json {
  return compact({ enabled: true, autoMusic: p.autoMusic, musicUrl: p.src, volume: p.volume });
}

function compact(object: Json): Json {
  const out: Json = {};
  for (const key in object) if (object[key] !== undefined) out[key] = object[key];
  return out;
}
