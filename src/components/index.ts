export { Video, type VideoProps } from './video.js';
export { Scene, type SceneProps } from './scene.js';
export { AIImageBackground, type AIImageBackgroundProps } from './ai-image-background.js';
export { AIVideoBackground, type AIVideoBackgroundProps } from './ai-video-background.js';
export {
  ImageBackground,
  VideoBackground,
  ColorBackground,
  type ImageBackgroundProps,
  type VideoBackgroundProps,
  type ColorBackgroundProps,
} from './media-backgrounds.js';
export { VoiceOver, BackgroundMusic, type VoiceOverProps, type BackgroundMusicProps } from './audio.js';
export { specOf, componentNames, type ComponentSpec, type Role } from './define.js';
