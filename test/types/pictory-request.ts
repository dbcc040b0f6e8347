/**
 * `PictoryRequest` (the hand-written, zod-free type `compile()` returns and the package publishes) is exactly the
 * wire schema's input type, `z.input<typeof PictoryRequestSchema>`, object by object: a field added, dropped,
 * made optional or given another vocabulary on either side fails here. (Only type-checked, never run.)
 */
import type { z } from 'zod';
import type {
  PictoryRequest,
  RequestAIVisual,
  RequestAIVoice,
  RequestAnimation,
  RequestAvatar,
  RequestBackground,
  RequestBackgroundMusic,
  RequestBroll,
  RequestColorOverlay,
  RequestCorpusImage,
  RequestElement,
  RequestImageElement,
  RequestScene,
  RequestSceneAvatar,
  RequestShapeElement,
  RequestStockSearch,
  RequestStoryCoPilot,
  RequestSubtitleStyle,
  RequestTextElement,
  RequestTextStyle,
  RequestVideoElement,
  RequestVoiceOver,
} from '../../src/compiler/pictory-request.js';
import type {
  AIVisualSchema,
  AIVoiceSchema,
  AnimationSchema,
  AvatarSchema,
  BackgroundMusicSchema,
  BackgroundSchema,
  BrollSchema,
  ColorOverlaySchema,
  CorpusImageSchema,
  ElementSchema,
  ImageElementSchema,
  PictoryRequestSchema,
  SceneAvatarSchema,
  SceneSchema,
  ShapeElementSchema,
  StockSearchSchema,
  StoryCoPilotSchema,
  SubtitleStyleSchema,
  TextElementSchema,
  TextStyleSchema,
  VideoElementSchema,
  VoiceOverSchema,
} from '../../src/schema/request.js';

/** True only when A and B are the same type (not merely assignable one way). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same = <T extends true>(_proof?: T) => undefined;

same<Equal<PictoryRequest, z.input<typeof PictoryRequestSchema>>>();
same<Equal<RequestScene, z.input<typeof SceneSchema>>>();
same<Equal<RequestBackground, z.input<typeof BackgroundSchema>>>();
same<Equal<RequestBroll, z.input<typeof BrollSchema>>>();
same<Equal<RequestCorpusImage, z.input<typeof CorpusImageSchema>>>();
same<Equal<RequestStockSearch, z.input<typeof StockSearchSchema>>>();
same<Equal<RequestColorOverlay, z.input<typeof ColorOverlaySchema>>>();
same<Equal<RequestAIVisual, z.input<typeof AIVisualSchema>>>();
same<Equal<RequestElement, z.input<typeof ElementSchema>>>();
same<Equal<RequestTextElement, z.input<typeof TextElementSchema>>>();
same<Equal<RequestShapeElement, z.input<typeof ShapeElementSchema>>>();
same<Equal<RequestImageElement, z.input<typeof ImageElementSchema>>>();
same<Equal<RequestVideoElement, z.input<typeof VideoElementSchema>>>();
same<Equal<RequestTextStyle, z.input<typeof TextStyleSchema>>>();
same<Equal<RequestSubtitleStyle, z.input<typeof SubtitleStyleSchema>>>();
same<Equal<RequestAnimation, z.input<typeof AnimationSchema>>>();
same<Equal<RequestVoiceOver, z.input<typeof VoiceOverSchema>>>();
same<Equal<RequestAIVoice, z.input<typeof AIVoiceSchema>>>();
same<Equal<RequestBackgroundMusic, z.input<typeof BackgroundMusicSchema>>>();
same<Equal<RequestAvatar, z.input<typeof AvatarSchema>>>();
same<Equal<RequestSceneAvatar, z.input<typeof SceneAvatarSchema>>>();
same<Equal<RequestStoryCoPilot, z.input<typeof StoryCoPilotSchema>>>();

// The check can fail: a type one field away from the schema's is not equal.
// @ts-expect-error `videoName` optional is another type
same<Equal<Omit<PictoryRequest, 'videoName'> & { videoName?: string }, z.input<typeof PictoryRequestSchema>>>();
// @ts-expect-error a field the schema does not have
same<Equal<RequestScene & { sceneName?: string }, z.input<typeof SceneSchema>>>();
// @ts-expect-error a wider vocabulary (any string for a transition)
same<Equal<Omit<RequestScene, 'sceneTransition'> & { sceneTransition?: string }, z.input<typeof SceneSchema>>>();
