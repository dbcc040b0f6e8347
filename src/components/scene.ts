import { z } from 'zod';
import { AUDIO_LANGUAGES, type AudioLanguage } from '../catalog/audio-languages.js';
import { LIMITS } from '../catalog/catalog.js';
import { STORYBOARD_LIMITS } from '../catalog/limits.js';
import {
  STORY_COPILOT_LIMITS,
  STORY_COPILOT_PLATFORMS,
  STORY_COPILOT_TONES,
  STORY_COPILOT_VIDEO_TYPES,
  type StoryCoPilotPlatform,
  type StoryCoPilotTone,
  type StoryCoPilotVideoType,
} from '../catalog/story-copilot.js';
import { TRANSITIONS, type Transition } from '../catalog/transitions.js';
import type { DSLNode } from '../../jsx-runtime/namespace.js';
import { report } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { defineComponent, type Node } from './define.js';
import { textProp, urlProp } from './prop-values.js';

/** Pictory writes the scene's story from a brief. */
export interface StoryCoPilot {
  /** → `storyCoPilot.prompt`: what the video is about (≤ 5,000 characters). */
  prompt: string;
  /** → `storyCoPilot.videoType`. */
  videoType?: StoryCoPilotVideoType;
  /** → `storyCoPilot.duration`: target seconds, 1–600. */
  duration?: number;
  /** → `storyCoPilot.platform`. */
  platform?: StoryCoPilotPlatform;
  /** → `storyCoPilot.tone`. */
  tone?: StoryCoPilotTone;
}

/** An image of a scene's pool of visuals. */
export interface CorpusImage {
  /** → `backgroundCorpus[].visualUrl`: URL of the image. */
  src: string;
  /** → `backgroundCorpus[].prefer`: pick this one first. */
  prefer?: boolean;
}

export interface SceneProps {
  /** → `story`: narration and subtitle text (≤ 15,000 characters). May be given as the scene's text children instead. */
  story?: string;
  /** → `createSceneOnEndOfSentence`: one scene (and one AI visual) per sentence of the story. */
  splitSentences?: boolean;
  /** → `createSceneOnNewLine`: one scene (and one AI visual) per line of the story. */
  splitLines?: boolean;
  /** → `isSSMLStory`: the story is SSML markup for the voice. */
  ssml?: boolean;
  /** → `caption`: on-screen text instead of the story as subtitles (needs a story; not with the split flags). */
  caption?: string;
  /** → `storyCoPilot`: Pictory writes the story from this brief (instead of `story`). */
  storyCoPilot?: StoryCoPilot;
  /** → `blogUrl`: make the scene's story from a blog post (instead of `story`). */
  blogUrl?: string;
  /** → `pptUrl`: make the scene from a PowerPoint file (instead of `story`). */
  pptUrl?: string;
  /** → `audioUrl`: make the scene from a recording (instead of `story`); needs `audioLanguage`. */
  audioUrl?: string;
  /** → `videoUrl`: make the scene from a video (instead of `story`); needs `audioLanguage`. */
  videoUrl?: string;
  /** → `audioLanguage`: the language spoken in `audioUrl`/`videoUrl`. */
  audioLanguage?: AudioLanguage;
  /** → `transcript`: what is said in `audioUrl`/`videoUrl` (skips transcription). */
  transcript?: string;
  /** → `mediaRepurposeSettings`: how Pictory repurposes `audioUrl`/`videoUrl` (passed as given: no published schema). */
  repurposeSettings?: Record<string, unknown>;
  /** → `backgroundCorpus`: your images Pictory picks the scene's visuals from; `prefer` ranks one first. */
  corpus?: readonly CorpusImage[];
  /** → `minimumDuration`: seconds the scene lasts at least (visual-only scenes: exactly). */
  minimumDuration?: number;
  /** → `endPauseDuration`: seconds of pause after the narration ends (≥ 0). */
  endPauseDuration?: number;
  /** → `sceneTransition`: the transition INTO this scene. */
  transition?: Transition;
  /** → `hideSubtitles`: narrate without on-screen subtitles. */
  hideSubtitles?: boolean;
  /** → `highlightKeywords`: colour the story's keywords in the subtitles (Pictory: on). */
  highlightKeywords?: boolean;
  /** → `maxSubtitleLines`: 1–4 lines of subtitles at once (not with the video's smart layout). */
  maxSubtitleLines?: number;
  /** → `backgroundMusic: {enabled: false}`: no music under this scene (`false`: `{enabled: true}`). */
  muteMusic?: boolean;
  /** One background, an optional `<VoiceOver>` override, or the story as text. */
  children?: DSLNode;
}

const schema = z.strictObject({
  story: z.string().max(LIMITS.storyMaxLength).optional(),
  splitSentences: z.boolean().optional(),
  splitLines: z.boolean().optional(),
  ssml: z.boolean().optional(),
  caption: textProp().optional(),
  storyCoPilot: z
    .strictObject({
      prompt: textProp().max(STORY_COPILOT_LIMITS.promptMaxLength),
      videoType: z.enum(STORY_COPILOT_VIDEO_TYPES).optional(),
      duration: z.number().min(STORY_COPILOT_LIMITS.duration.min).max(STORY_COPILOT_LIMITS.duration.max).optional(),
      platform: z.enum(STORY_COPILOT_PLATFORMS).optional(),
      tone: z.enum(STORY_COPILOT_TONES).optional(),
    })
    .optional(),
  blogUrl: urlProp().optional(),
  pptUrl: urlProp().optional(),
  audioUrl: urlProp().optional(),
  videoUrl: urlProp().optional(),
  audioLanguage: z.enum(AUDIO_LANGUAGES).optional(),
  transcript: textProp().optional(),
  repurposeSettings: z.record(z.string(), z.unknown()).optional(),
  corpus: z.array(z.strictObject({ src: urlProp(), prefer: z.boolean().optional() })).min(1).optional(),
  minimumDuration: z.number().positive().optional(),
  endPauseDuration: z.number().nonnegative().optional(),
  transition: z.enum(TRANSITIONS).optional(),
  hideSubtitles: z.boolean().optional(),
  highlightKeywords: z.boolean().optional(),
  maxSubtitleLines: z.number().int().min(STORYBOARD_LIMITS.maxSubtitleLines.min).max(STORYBOARD_LIMITS.maxSubtitleLines.max).optional(),
  muteMusic: z.boolean().optional(),
});

type Props = z.output<typeof schema>;

/** A scene's content sources: exactly one, or none for a visual-only scene (which then needs a background). */
const SOURCES = ['story', 'storyCoPilot', 'blogUrl', 'pptUrl', 'audioUrl', 'videoUrl'] as const;

/** One scene of a video: `<Scene>Text to narrate.<AIImageBackground model="flux-schnell"/></Scene>`. */
export const Scene = defineComponent<SceneProps>()({
  name: 'Scene',
  place: { parents: ['Video'], key: 'scenes', many: true, misplaced: () => 'a <Scene> must be directly inside a <Video>' },
  schema,
  textProp: 'story',
  emit: (p, children) => ({
    story: p.story,
    isSSMLStory: p.ssml,
    createSceneOnNewLine: p.splitLines,
    createSceneOnEndOfSentence: p.splitSentences,
    caption: p.caption,
    storyCoPilot: p.storyCoPilot,
    blogUrl: p.blogUrl,
    pptUrl: p.pptUrl,
    audioUrl: p.audioUrl,
    videoUrl: p.videoUrl,
    audioLanguage: p.audioLanguage,
    transcript: p.transcript,
    mediaRepurposeSettings: p.repurposeSettings,
    backgroundCorpus: p.corpus?.map((image) => ({ visualUrl: image.src, type: 'image', prefer: image.prefer })),
    minimumDuration: p.minimumDuration,
    endPauseDuration: p.endPauseDuration,
    sceneTransition: p.transition,
    hideSubtitles: p.hideSubtitles,
    highlightKeywords: p.highlightKeywords,
    maxSubtitleLines: p.maxSubtitleLines,
    backgroundMusic: p.muteMusic === undefined ? undefined : { enabled: !p.muteMusic },
    ...children,
  }),
  rules: (scene, { video }) => [...sourceRules(scene), ...subtitleRules(scene, video)],
});

/** Exactly one content source, and the props that belong to one source only. */
function sourceRules(scene: Node<Props>): Diagnostic[] {
  const p = scene.props;
  const out: Diagnostic[] = [];
  const sources = SOURCES.filter((s) => p[s] !== undefined);
  if (sources.length > 1) out.push(report(scene, 'scene-sources-twice', { sources: sources.join(', ') }, sources[1]));
  if (sources.length === 0 && !scene.children.some((c) => c.key === 'background')) out.push(report(scene, 'empty-scene'));
  const story = p.story !== undefined;
  for (const prop of ['ssml', 'splitSentences', 'splitLines'] as const) {
    if (p[prop] !== undefined && !story) out.push(report(scene, 'story-only-prop', { prop }, prop));
  }
  if (p.caption !== undefined) {
    if (!story) out.push(report(scene, 'caption-no-story', undefined, 'caption'));
    const split = p.splitSentences ? 'splitSentences' : p.splitLines ? 'splitLines' : undefined;
    if (split) out.push(report(scene, 'caption-with-split', { flag: split }, 'caption'));
  }
  const media = p.audioUrl !== undefined ? 'audioUrl' : p.videoUrl !== undefined ? 'videoUrl' : undefined;
  if (media && p.audioLanguage === undefined) out.push(report(scene, 'audio-language-missing', { source: media }, 'audioLanguage'));
  for (const prop of ['audioLanguage', 'transcript', 'repurposeSettings'] as const) {
    if (p[prop] !== undefined && !media) out.push(report(scene, 'media-only-prop', { prop }, prop));
  }
  return out;
}

function subtitleRules(scene: Node<Props>, video: Node): Diagnostic[] {
  const layout = (video.props.smartLayoutName ?? video.props.smartLayoutId) as string | undefined;
  if (scene.props.maxSubtitleLines === undefined || layout === undefined) return [];
  return [report(scene, 'max-lines-with-smart-layout', { layout }, 'maxSubtitleLines')];
}
