/**
 * The body of Pictory's v2 storyboard request (`POST /v2/video/storyboard` and `…/storyboard/render`): what
 * `compile()` emits and the client sends. Plain interfaces, one per JSON object, each field named as on the
 * wire, its values from the catalog tables. Optional fields are left out of the JSON when not set.
 *
 * It is the same type as the wire schema's input (`z.input<typeof PictoryRequestSchema>` in
 * src/schema/request.ts), written out by hand so that the published types never load zod; a type test holds the
 * two equal. The cross-field rules (one source per background, `position` or `top`+`left`, …) are the
 * schema's refinements and the compiler's diagnostics, not this type's.
 */
import type { AIModel, AspectRatio, Language, MediaStyle } from '../catalog/catalog.js';
import type {
  AnimationDirection,
  AnimationName,
  AnimationSpeed,
  AnimationType,
  AnimationWritingStyle,
  FutureWords,
} from '../catalog/animations.js';
import type { AudioLanguage } from '../catalog/audio-languages.js';
import type { TextCase, TextDecoration } from '../catalog/font-style.js';
import type { Alignment, ElementPosition, FontStylePosition } from '../catalog/positions.js';
import type { StockCategory, StockLibrary, VisualSelectionPreference } from '../catalog/search.js';
import type { ShapeName } from '../catalog/shapes.js';
import type { StoryCoPilotPlatform, StoryCoPilotTone, StoryCoPilotVideoType } from '../catalog/story-copilot.js';
import type { TextVariant } from '../catalog/text-variants.js';
import type { Transition } from '../catalog/transitions.js';
import type { PremiumVoiceModelId } from '../catalog/voices.js';

/** A JSON object Pictory publishes no schema for (`webhookInput`, `destinations[]`, `projectMetadata`, …). */
export type RequestOpaqueObject = Record<string, unknown>;

export interface PictoryRequest {
  videoName: string;
  videoWidth?: number;
  videoHeight?: number;
  aspectRatio?: AspectRatio;
  language?: Language;
  saveProject?: boolean;
  webhook?: string;
  webhookInput?: RequestOpaqueObject;
  storyboardVersion?: 'v3';
  templateId?: string;
  variables?: Record<string, string | number | boolean>;
  brandId?: string;
  brandName?: string;
  smartLayoutId?: string;
  smartLayoutName?: string;
  subtitleStyleId?: string;
  subtitleStyleName?: string;
  subtitleStyle?: RequestSubtitleStyle;
  visualLibraryId?: string;
  visualSelectionPreference?: VisualSelectionPreference;
  awsConnectionId?: string;
  vimeoConnectionId?: string;
  destinations?: RequestOpaqueObject[];
  projectMetadata?: RequestOpaqueObject;
  voiceOver?: RequestVoiceOver;
  backgroundMusic?: RequestBackgroundMusic;
  logo?: RequestLogo;
  avatar?: RequestAvatar;
  /** Required unless `templateId` is given. */
  scenes?: RequestScene[];
}

export interface RequestLogo {
  url: string;
  position?: FontStylePosition;
  width?: string;
}

/** `{start, end}` in seconds (music clips, background trims, b-roll cuts). */
export interface RequestClip {
  start: number;
  end: number;
}

export interface RequestBackgroundMusic {
  enabled: boolean;
  autoMusic?: boolean;
  musicUrl?: string;
  volume?: number;
  clips?: RequestClip[];
}

export interface RequestVoiceOver {
  enabled: boolean;
  aiVoices?: RequestAIVoice[];
  externalVoice?: RequestExternalVoice;
}

export interface RequestAIVoice {
  speaker: string;
  speed?: number;
  amplificationLevel?: number;
  premiumVoiceSettings?: RequestPremiumVoiceSettings;
}

export interface RequestPremiumVoiceSettings {
  modelId?: PremiumVoiceModelId;
  stability?: string;
  similarityBoost?: string;
  style?: string;
  useSpeakerBoost?: boolean;
}

export interface RequestExternalVoice {
  voiceUrl: string;
  syncVoice?: boolean;
  amplificationLevel?: number;
}

export interface RequestAvatar {
  avatarId: string;
  position?: ElementPosition;
  width?: string;
  borderRadius?: string;
  backgroundColor?: string;
  hide?: boolean;
}

/** Where an element or a scene avatar sits: `position`, or `top` + `left`; `width` any time (percentages). */
export interface RequestPlacement {
  position?: ElementPosition;
  top?: string;
  left?: string;
  width?: string;
}

/** A scene's avatar override: placement and look (the avatar itself is chosen at the top level). */
export interface RequestSceneAvatar extends RequestPlacement {
  hide?: boolean;
  backgroundColor?: string;
  borderRadius?: string;
  borderColor?: string;
  borderThickness?: number;
}

export interface RequestScene {
  story?: string;
  isSSMLStory?: boolean;
  createSceneOnNewLine?: boolean;
  createSceneOnEndOfSentence?: boolean;
  caption?: string;
  storyCoPilot?: RequestStoryCoPilot;
  blogUrl?: string;
  pptUrl?: string;
  audioUrl?: string;
  videoUrl?: string;
  audioLanguage?: AudioLanguage;
  transcript?: string;
  mediaRepurposeSettings?: RequestOpaqueObject;
  minimumDuration?: number;
  endPauseDuration?: number;
  sceneTransition?: Transition;
  hideSubtitles?: boolean;
  highlightKeywords?: boolean;
  maxSubtitleLines?: number;
  subtitleStyle?: RequestSubtitleStyle;
  background?: RequestBackground;
  voiceOver?: RequestVoiceOver;
  backgroundMusic?: { enabled: boolean };
  elements?: RequestElement[];
  backgroundBrolls?: RequestBroll[];
  backgroundCorpus?: RequestCorpusImage[];
  avatar?: RequestSceneAvatar;
}

export interface RequestStoryCoPilot {
  prompt: string;
  videoType?: StoryCoPilotVideoType;
  duration?: number;
  platform?: StoryCoPilotPlatform;
  tone?: StoryCoPilotTone;
}

/** `aiVisual`, on a background or a media element; which fields apply depends on the model. */
export interface RequestAIVisual {
  model: AIModel;
  prompt?: string;
  mediaStyle?: MediaStyle;
  /** Video models: one of the model's durations, e.g. `"5s"`. */
  videoDuration?: string;
  visualContinuity?: boolean;
  firstFrameImageUrl?: string;
  referenceImageUrls?: string[];
  referenceImageUrl?: string;
}

export interface RequestStockSearch {
  query: string;
  keywords?: string[];
  category?: StockCategory;
  libraries?: StockLibrary[];
}

export interface RequestColorOverlay {
  color: string;
  opacity?: number;
}

export interface RequestZoomPoint {
  zoom: number;
  centerX: number;
  centerY: number;
}

export interface RequestBackgroundSettings {
  loop?: boolean;
  mute?: boolean;
  zoomAndPan?: boolean;
  kenBurnsEffect?: boolean;
  videoKenBurns?: { start: RequestZoomPoint; end: RequestZoomPoint };
}

export interface RequestMotionGraphics {
  enabled: boolean;
  prompt?: string;
  style?: string;
}

/** A scene's `background`: exactly one of `visualUrl`, `color`, `aiVisual`, `searchFilter`. */
export interface RequestBackground {
  type?: 'image' | 'video';
  visualUrl?: string;
  color?: string;
  aiVisual?: RequestAIVisual;
  searchFilter?: RequestStockSearch;
  clips?: RequestClip[];
  colorOverlay?: RequestColorOverlay;
  settings?: RequestBackgroundSettings;
  motionGraphics?: RequestMotionGraphics;
}

/** `backgroundBrolls[]`: a background cut over the base one, optionally only for `brollClip`. */
export interface RequestBroll extends RequestBackground {
  brollClip?: RequestClip;
}

/** `backgroundCorpus[]`: an image pool the engine picks from. */
export interface RequestCorpusImage {
  visualUrl: string;
  type: 'image';
  prefer?: boolean;
}

export interface RequestAnimation {
  name: AnimationName;
  type: AnimationType;
  speed: AnimationSpeed;
  customSpeedValue?: number;
  direction?: AnimationDirection;
  writingStyle?: AnimationWritingStyle;
  futureWords?: FutureWords;
}

/** Pictory's fontStyle object: a text element's `style`. */
export interface RequestTextStyle {
  fontFamily?: string;
  fontUrl?: string;
  fontSize?: number;
  color?: string;
  backgroundColor?: string;
  keywordColor?: string;
  shadowColor?: string;
  shadowWidth?: string;
  position?: FontStylePosition;
  alignment?: Alignment;
  decorations?: TextDecoration[];
  case?: TextCase;
  paragraphWidth?: string;
  showBoxBackground?: boolean;
  animations?: RequestAnimation[];
}

/** `subtitleStyle` (whole video or one scene): the fontStyle fields plus bullets. */
export interface RequestSubtitleStyle extends RequestTextStyle {
  showBullet?: boolean;
  bulletSize?: number;
  bulletFillColor?: string;
}

export interface RequestTextElement extends RequestPlacement {
  type: 'text';
  text: string;
  textVariant?: TextVariant;
  style?: RequestTextStyle;
}

export interface RequestShapeElement extends RequestPlacement {
  type: 'shape';
  name: ShapeName;
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  borderRadius?: number;
}

/** A media element: exactly one of `visualUrl`, `searchFilter`, `aiVisual`. */
export interface RequestImageElement extends RequestPlacement {
  type: 'image';
  visualUrl?: string;
  searchFilter?: { query: string };
  aiVisual?: RequestAIVisual;
  colorOverlay?: RequestColorOverlay;
}

export interface RequestVideoElement extends RequestPlacement {
  type: 'video';
  visualUrl?: string;
  searchFilter?: { query: string };
  aiVisual?: RequestAIVisual;
  colorOverlay?: RequestColorOverlay;
  settings?: { loop?: boolean; mute?: boolean };
}

/** One overlay element of a scene, drawn in array order. */
export type RequestElement = RequestTextElement | RequestShapeElement | RequestImageElement | RequestVideoElement;
