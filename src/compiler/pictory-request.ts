/**
 * The body of Pictory's v2 storyboard request (`POST /v2/video/storyboard` and `/storyboard/render`), as
 * far as pictory-jsx writes it: plain interfaces, one per JSON object, each field named as on the wire.
 * Optional fields are left out of the JSON when the user did not set them.
 */
import type { AIModel, AspectRatio, ImageModel, Language, MediaStyle, VideoModel } from '../catalog/catalog.js';

export interface PictoryRequest {
  videoName: string;
  videoWidth?: number;
  videoHeight?: number;
  aspectRatio?: AspectRatio;
  language?: Language;
  saveProject?: boolean;
  webhook?: string;
  webhookInput?: Record<string, unknown>;
  brandId?: string;
  brandName?: string;
  logo?: RequestLogo;
  backgroundMusic?: RequestBackgroundMusic;
  voiceOver?: RequestVoiceOver;
  scenes: RequestScene[];
}

export interface RequestLogo {
  url: string;
  position?: string;
  width?: string;
}

export interface RequestBackgroundMusic {
  enabled: true;
  autoMusic?: true;
  musicUrl?: string;
  volume?: number;
}

export interface RequestVoiceOver {
  enabled: true;
  aiVoices: RequestAIVoice[];
}

export interface RequestAIVoice {
  speaker: string;
  speed?: number;
  amplificationLevel?: number;
}

export interface RequestScene {
  story?: string;
  createSceneOnNewLine?: boolean;
  createSceneOnEndOfSentence?: boolean;
  minimumDuration?: number;
  hideSubtitles?: boolean;
  background?: RequestBackground;
  voiceOver?: RequestVoiceOver;
}

export type RequestBackground =
  | { type: 'image'; aiVisual: RequestAIVisual<ImageModel> }
  | { type: 'video'; aiVisual: RequestAIVisual<VideoModel> & { videoDuration?: string } }
  | { type: 'image'; visualUrl: string }
  | { type: 'video'; visualUrl: string; settings?: { mute?: boolean; loop?: boolean } }
  | { color: string };

export interface RequestAIVisual<M extends AIModel = AIModel> {
  model: M;
  prompt?: string;
  mediaStyle?: MediaStyle;
}
