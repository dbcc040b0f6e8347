/**
 * The DSL tree that writes a given request body: every wire field mapped to its component and prop as
 * docs/storyboard-fields.md lists them (the design's fixed names). Compiling the tree must give the body back,
 * which is what proves each documented field expressible (test/tree-from-request.test.ts).
 *
 * Components are named by their tag (at runtime a component IS its tag: `Text === 'Text'`), so the tree is the
 * one `<Text …>` in a .tsx file makes; the test checks that every tag used here is a component the package
 * exports. Props left `undefined` are not passed at all.
 */
import { createElement, type ReactNode } from 'react';
import type {
  PictoryRequest,
  RequestAIVisual,
  RequestAvatar,
  RequestBackground,
  RequestBackgroundMusic,
  RequestBroll,
  RequestElement,
  RequestPlacement,
  RequestScene,
  RequestSceneAvatar,
  RequestSubtitleStyle,
  RequestVoiceOver,
} from '../../src/compiler/pictory-request.js';

type Props = Record<string, unknown>;

/** Every tag this builder writes (each must be a component exported by the package). */
export const TAGS = [
  'Video',
  'Scene',
  'SubtitleStyle',
  'VoiceOver',
  'ExternalVoice',
  'BackgroundMusic',
  'Avatar',
  'ColorBackground',
  'ImageBackground',
  'VideoBackground',
  'AIImageBackground',
  'AIVideoBackground',
  'StockBackground',
  'Broll',
  'Text',
  'Shape',
  'Image',
  'Clip',
] as const;
export type Tag = (typeof TAGS)[number];

/** An element of `tag`, with the defined props only. */
function h(tag: Tag, props: Props, ...children: ReactNode[]): ReactNode {
  const defined = Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined));
  return createElement(tag, defined, ...children);
}

/** The `<Video>` that compiles to `body`. */
export function treeFromRequest(body: PictoryRequest): ReactNode {
  const { videoName, videoWidth, videoHeight, webhookInput, subtitleStyle, voiceOver, backgroundMusic, avatar, scenes, ...same } = body;
  return h(
    'Video',
    // aspectRatio, language, saveProject, webhook, storyboardVersion, templateId, variables, brandId/brandName,
    // smartLayoutId/Name, subtitleStyleId/Name, visualLibraryId, visualSelectionPreference, awsConnectionId,
    // vimeoConnectionId, destinations, projectMetadata, logo: same name, same value.
    { name: videoName, width: videoWidth, height: videoHeight, webhookData: webhookInput, ...same },
    subtitleStyle && subtitleStyleTree(subtitleStyle),
    ...(voiceOver ? voiceTrees(voiceOver) : []),
    backgroundMusic && musicTree(backgroundMusic),
    avatar && avatarTree(avatar),
    ...(scenes ?? []).map(sceneTree),
  );
}

/** `<SubtitleStyle>` takes the fontStyle fields as props, by their wire names. */
function subtitleStyleTree(style: RequestSubtitleStyle): ReactNode {
  return h('SubtitleStyle', { ...style });
}

/** `{enabled: false}` → `<VoiceOver off/>`; each AI voice → a `<VoiceOver>`; an external voice → `<ExternalVoice>`. */
function voiceTrees(voice: RequestVoiceOver): ReactNode[] {
  if (!voice.enabled) return [h('VoiceOver', { off: true })];
  if (voice.externalVoice) {
    const { voiceUrl, syncVoice, amplificationLevel } = voice.externalVoice;
    return [h('ExternalVoice', { src: voiceUrl, sync: syncVoice, amplificationLevel })];
  }
  return (voice.aiVoices ?? []).map(({ speaker, speed, amplificationLevel, premiumVoiceSettings }) =>
    h('VoiceOver', { speaker, speed, amplificationLevel, premium: premiumVoiceSettings }),
  );
}

function musicTree(music: RequestBackgroundMusic): ReactNode {
  if (!music.enabled) return h('BackgroundMusic', { off: true });
  const { autoMusic, musicUrl, volume, clips } = music;
  return h('BackgroundMusic', { autoMusic, src: musicUrl, volume, clips });
}

function avatarTree({ avatarId, ...look }: RequestAvatar): ReactNode {
  return h('Avatar', { id: avatarId, ...look });
}

function sceneTree(scene: RequestScene): ReactNode {
  const {
    isSSMLStory,
    createSceneOnNewLine,
    createSceneOnEndOfSentence,
    mediaRepurposeSettings,
    sceneTransition,
    backgroundMusic,
    backgroundCorpus,
    subtitleStyle,
    background,
    voiceOver,
    elements,
    backgroundBrolls,
    avatar,
    // story, caption, storyCoPilot, blogUrl, pptUrl, audioUrl, videoUrl, audioLanguage, transcript,
    // minimumDuration, endPauseDuration, hideSubtitles, highlightKeywords, maxSubtitleLines: same name.
    ...same
  } = scene;
  return h(
    'Scene',
    {
      ...same,
      ssml: isSSMLStory,
      splitLines: createSceneOnNewLine,
      splitSentences: createSceneOnEndOfSentence,
      repurposeSettings: mediaRepurposeSettings,
      transition: sceneTransition,
      muteMusic: backgroundMusic && !backgroundMusic.enabled,
      corpus: backgroundCorpus?.map(({ visualUrl, prefer }) => (prefer === undefined ? { src: visualUrl } : { src: visualUrl, prefer })),
    },
    subtitleStyle && subtitleStyleTree(subtitleStyle),
    background && backgroundTree(background),
    ...(voiceOver ? voiceTrees(voiceOver) : []),
    avatar && sceneAvatarTree(avatar),
    ...(backgroundBrolls ?? []).map(brollTree),
    ...(elements ?? []).map(elementTree),
  );
}

/** A scene's `<Avatar>` (no `id`): placement and look only. */
function sceneAvatarTree(avatar: RequestSceneAvatar): ReactNode {
  return h('Avatar', { ...avatar });
}

/** `<Broll clip>` wraps the background it cuts to. */
function brollTree({ brollClip, ...background }: RequestBroll): ReactNode {
  return h('Broll', { clip: brollClip }, backgroundTree(background));
}

/** The `*Background` component that writes `background`, with the props every background takes. */
export function backgroundTree(background: RequestBackground): ReactNode {
  const { type, visualUrl, color, aiVisual, searchFilter, clips, colorOverlay, settings = {}, motionGraphics } = background;
  const { loop, mute, zoomAndPan, kenBurnsEffect, videoKenBurns } = settings;
  const common = { overlay: colorOverlay, zoomAndPan, kenBurns: kenBurnsEffect, kenBurnsPath: videoKenBurns, motionGraphics };
  const video = { loop, mute };
  if (color !== undefined) return h('ColorBackground', { color, ...common });
  if (aiVisual) {
    return type === 'video'
      ? h('AIVideoBackground', { ...aiVisualProps(aiVisual), ...common, ...video })
      : h('AIImageBackground', { ...aiVisualProps(aiVisual), ...common });
  }
  if (visualUrl !== undefined) {
    return type === 'video'
      ? h('VideoBackground', { src: visualUrl, clips, ...common, ...video })
      : h('ImageBackground', { src: visualUrl, ...common });
  }
  return h('StockBackground', { ...searchFilter, type, ...common, ...video });
}

/** `aiVisual` → the AI props: `videoDuration` is `duration`, every other field keeps its name. */
function aiVisualProps({ videoDuration, ...same }: RequestAIVisual): Props {
  return { ...same, duration: videoDuration };
}

function placementProps({ position, top, left, width }: RequestPlacement): Props {
  return { position, top, left, width };
}

/** An element → `<Text>`, `<Shape>`, `<Image>` or `<Clip>`, placed as on the wire. */
export function elementTree(element: RequestElement): ReactNode {
  const placement = placementProps(element);
  switch (element.type) {
    case 'text':
      return h('Text', { variant: element.textVariant, style: element.style, ...placement }, element.text);
    case 'shape': {
      const { name, fill, stroke, strokeWidth, borderRadius } = element;
      return h('Shape', { name, fill, stroke, strokeWidth, borderRadius, ...placement });
    }
    case 'image':
      return h('Image', { ...mediaSource(element), overlay: element.colorOverlay, ...placement });
    case 'video':
      return h('Clip', {
        ...mediaSource(element),
        loop: element.settings?.loop,
        mute: element.settings?.mute,
        overlay: element.colorOverlay,
        ...placement,
      });
  }
}

/** A media element's one source: `src` (a URL), `query` (a stock search) or an AI model and its props. */
function mediaSource(element: { visualUrl?: string; searchFilter?: { query: string }; aiVisual?: RequestAIVisual }): Props {
  if (element.aiVisual) return aiVisualProps(element.aiVisual);
  return { src: element.visualUrl, query: element.searchFilter?.query };
}
