/**
 * Pass 3 — validate: every node's props against its component's zod schema (types, enums, ranges,
 * unknown props), then the rules that span props or nodes: a duration the model does not offer, width
 * without height, brandId with brandName, a video with no scene, an empty scene, music with no source;
 * and the warnings for what Pictory would silently change (aspect-ratio fallback, prompt over the older
 * 250-character limit, music at full volume).
 */
import type { z } from 'zod';
import {
  IMAGE_MODELS,
  LANGUAGES_UNCONFIRMED,
  LIMITS,
  VIDEO_MODELS,
  isImageModel,
  isVideoModel,
  type AspectRatio,
} from '../catalog/catalog.js';
import { specOf } from '../components/index.js';
import type { aiImageBackgroundProps } from '../components/ai-image-background.js';
import type { aiVideoBackgroundProps } from '../components/ai-video-background.js';
import type { backgroundMusicProps, voiceOverProps } from '../components/audio.js';
import type { colorBackgroundProps, imageBackgroundProps, videoBackgroundProps } from '../components/media-backgrounds.js';
import type { sceneProps } from '../components/scene.js';
import type { videoProps } from '../components/video.js';
import { error, warning, type Located, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FlatNode } from './flatten.js';
import type { NormalScene, NormalVideo } from './normalise.js';
import { propIssues } from './prop-issues.js';

export type ValidNode<T> = Located & { props: T };

export type ValidBackground =
  | (ValidNode<z.infer<typeof aiImageBackgroundProps>> & { type: 'AIImageBackground' })
  | (ValidNode<z.infer<typeof aiVideoBackgroundProps>> & { type: 'AIVideoBackground' })
  | (ValidNode<z.infer<typeof imageBackgroundProps>> & { type: 'ImageBackground' })
  | (ValidNode<z.infer<typeof videoBackgroundProps>> & { type: 'VideoBackground' })
  | (ValidNode<z.infer<typeof colorBackgroundProps>> & { type: 'ColorBackground' });

export interface ValidScene extends ValidNode<z.infer<typeof sceneProps>> {
  index: number;
  background?: ValidBackground;
  voiceOver?: ValidNode<z.infer<typeof voiceOverProps>>;
}

/** A video whose props have been checked. Only meaningful to send when validate() reported no error. */
export interface ValidVideo extends ValidNode<z.infer<typeof videoProps>> {
  scenes: ValidScene[];
  voiceOver?: ValidNode<z.infer<typeof voiceOverProps>>;
  music?: ValidNode<z.infer<typeof backgroundMusicProps>>;
}

export function validate(video: NormalVideo): { video: ValidVideo; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const check = <T>(node: FlatNode, props = node.props): ValidNode<T> => {
    const spec = specOf(node.type)!;
    const result = spec.props.safeParse(props);
    if (!result.success) diagnostics.push(...propIssues(spec, node, props, result.error.issues));
    return { path: node.path, loc: node.loc, props: props as T };
  };

  const valid: ValidVideo = {
    path: video.path,
    loc: video.loc,
    props: check<ValidVideo['props']>(video).props,
    scenes: video.scenes.map((scene) => validScene(scene, check)),
    voiceOver: video.voiceOver && check(video.voiceOver),
    music: video.music && check(video.music),
  };
  diagnostics.push(...videoRules(valid), ...valid.scenes.flatMap((s) => sceneRules(s, valid)));
  return { video: valid, diagnostics };
}

function validScene(scene: NormalScene, check: <T>(node: FlatNode, props?: Record<string, unknown>) => ValidNode<T>): ValidScene {
  const props = scene.story === undefined ? scene.props : { story: scene.story, ...scene.props };
  const background = scene.background && check(scene.background);
  return {
    path: scene.path,
    loc: scene.loc,
    props: check<ValidScene['props']>(scene, props).props,
    index: scene.index,
    background: background && ({ type: scene.background!.type, path: background.path, loc: background.loc, props: background.props } as ValidBackground),
    voiceOver: scene.voiceOver && check(scene.voiceOver),
  };
}

function videoRules(video: ValidVideo): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { width, height, brandId, brandName, language } = video.props;
  if ((width === undefined) !== (height === undefined)) {
    const [given, missing] = width === undefined ? ['height', 'width'] : ['width', 'height'];
    out.push(error(video, 'size-incomplete', `${given} is set without ${missing}: Pictory needs videoWidth and videoHeight together`, given));
  }
  if (brandId !== undefined && brandName !== undefined) {
    out.push(error(video, 'brand-twice', 'brandId and brandName are mutually exclusive; keep one', 'brandName'));
  }
  if (typeof language === 'string' && (LANGUAGES_UNCONFIRMED as readonly string[]).includes(language)) {
    out.push(warning(video, 'language-unconfirmed', `language "${language}" is not in Pictory's API reference (only in its skill docs); it may be rejected`, 'language'));
  }
  if (video.scenes.length === 0) out.push(error(video, 'no-scenes', 'a <Video> needs at least one <Scene>'));
  if (video.music) out.push(...musicRules(video.music));
  return out;
}

function musicRules(music: NonNullable<ValidVideo['music']>): Diagnostic[] {
  const { autoMusic, src, volume } = music.props;
  const out: Diagnostic[] = [];
  if (autoMusic && src !== undefined) out.push(error(music, 'music-source-twice', 'use either autoMusic or src, not both', 'src'));
  if (!autoMusic && src === undefined) out.push(error(music, 'music-no-source', 'say which music: `autoMusic` (Pictory picks a track) or `src="https://…"`'));
  if (volume === undefined) {
    out.push(warning(music, 'music-full-volume', 'no volume: Pictory plays background music at full volume (1.0); set e.g. volume={0.3}', 'volume'));
  }
  return out;
}

function sceneRules(scene: ValidScene, video: ValidVideo): Diagnostic[] {
  const out: Diagnostic[] = [];
  const background = scene.background;
  if (scene.props.story === undefined && !background) {
    out.push(error(scene, 'empty-scene', 'an empty scene: give it a story (text or `story`), a background, or both'));
  }
  if (background?.type === 'AIVideoBackground' || background?.type === 'AIImageBackground') {
    const { model, prompt } = background.props;
    if (background.type === 'AIVideoBackground' && isVideoModel(model) && background.props.duration !== undefined) {
      const offered: readonly string[] = VIDEO_MODELS[model].durations;
      if (!offered.includes(background.props.duration)) {
        out.push(
          error(
            background,
            'duration-not-offered',
            `model "${model}" does not offer duration "${background.props.duration}" (it offers ${offered.join(', ')}); Pictory would silently use ${offered[0]}`,
            'duration',
          ),
        );
      }
    }
    if (typeof prompt === 'string' && prompt.length > LIMITS.promptLegacyMaxLength && prompt.length <= LIMITS.promptMaxLength) {
      out.push(
        warning(background, 'prompt-long', `prompt is ${prompt.length} characters: over the ${LIMITS.promptLegacyMaxLength} that older Pictory docs allow`, 'prompt'),
      );
    }
    const ratio = video.props.aspectRatio;
    const supported = supportedRatios(model);
    if (ratio && supported && !supported.includes(ratio)) {
      out.push(
        warning(
          background,
          'aspect-ratio-fallback',
          `model "${model}" does not support aspect ratio ${ratio} (it supports ${supported.join(', ')}); Pictory will silently generate ${supported[0]}`,
          'model',
        ),
      );
    }
  }
  return out;
}

function supportedRatios(model: string): readonly AspectRatio[] | undefined {
  if (isVideoModel(model)) return VIDEO_MODELS[model].aspectRatios;
  if (isImageModel(model)) return IMAGE_MODELS[model].aspectRatios;
  return undefined;
}
