/**
 * Every DSL component, one line each. Importing a component's file registers it with the compiler; its
 * public face is a `Component<Props>` and its props interface. See README.md here for how to add one.
 */
export { Video, type VideoProps, type Logo } from './video.js';
export { Scene, type SceneProps } from './scene.js';
export { AIImageBackground, type AIImageBackgroundProps } from './ai-image-background.js';
export { AIVideoBackground, type AIVideoBackgroundProps } from './ai-video-background.js';
export { ImageBackground, VideoBackground, ColorBackground, type ImageBackgroundProps, type VideoBackgroundProps, type ColorBackgroundProps } from './media-backgrounds.js';
export { VoiceOver, BackgroundMusic, type VoiceOverProps, type BackgroundMusicProps } from './audio.js';
// ── Overlay elements and subtitle styles ──
export { Text, type TextProps } from './text.js';
export { Shape, type ShapeProps } from './shape.js';
export { Image, type ImageProps } from './image.js';
export { Clip, type ClipProps } from './clip.js';
export { SubtitleStyle, type SubtitleStyleProps } from './subtitle-style.js';
export type { FontStyle, SubtitleFontStyle, TextAnimation } from './font-style.js';
export type { Overlay, Placement } from './placement.js';
export type { Component, ExtraProp } from './component.js';
// ── The whole storyboard: voices, avatar, stock backgrounds, shared prop types ──
export { ExternalVoice, type ExternalVoiceProps, type PremiumVoice } from './audio.js';
export { Avatar, type AvatarProps } from './avatar.js';
export { StockBackground, type StockBackgroundProps } from './stock-background.js';
export { Broll, type BrollProps } from './broll.js';
export type { BackgroundLook, VideoPlayback, KenBurnsPoint, MotionGraphics, ColorOverlay, TimeRange } from './prop-types.js';
export type { StoryCoPilot, CorpusImage } from './scene.js';
