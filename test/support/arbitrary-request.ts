/**
 * fast-check arbitraries of VALID Pictory storyboard request bodies, covering every field of the wire schema
 * (src/schema/request.ts) and respecting its cross-field rules. Values come from the catalog tables.
 *
 * The bodies stay inside what the DSL writes: a background from a URL always says its `type`, no empty
 * objects (`settings: {}`), colour overlays without alpha (alpha there is a warning), texts made of plain
 * words (no leading/trailing spaces, which JSX text would trim). So a property test can build the matching
 * DSL tree from any body and expect the compiler to give the same body back.
 */
import fc from 'fast-check';
import { ASPECT_RATIOS, IMAGE_MODEL_IDS, LANGUAGES, LANGUAGES_UNCONFIRMED, MEDIA_STYLES, VIDEO_MODEL_IDS, VIDEO_MODELS } from '../../src/catalog/catalog.js';
import { IMAGE_EDIT_MODELS } from '../../src/catalog/ai-media.js';
import {
  ANIMATION_DIRECTIONS,
  ANIMATION_NAMES,
  ANIMATION_SPEEDS,
  ANIMATION_WRITING_STYLES,
  FUTURE_WORDS,
  takesFutureWords,
} from '../../src/catalog/animations.js';
import { AUDIO_LANGUAGES } from '../../src/catalog/audio-languages.js';
import { FONT_NAMES } from '../../src/catalog/fonts.js';
import { TEXT_CASES, TEXT_DECORATIONS } from '../../src/catalog/font-style.js';
import { ALIGNMENTS, ELEMENT_POSITIONS, FONT_STYLE_POSITIONS } from '../../src/catalog/positions.js';
import { STOCK_CATEGORY_VALUES, STOCK_LIBRARIES, VISUAL_SELECTION_PREFERENCES } from '../../src/catalog/search.js';
import { SHAPE_NAMES } from '../../src/catalog/shapes.js';
import { STORY_COPILOT_PLATFORMS, STORY_COPILOT_TONES, STORY_COPILOT_VIDEO_TYPES } from '../../src/catalog/story-copilot.js';
import { TEXT_VARIANT_NAMES } from '../../src/catalog/text-variants.js';
import { TRANSITIONS } from '../../src/catalog/transitions.js';
import { PREMIUM_VOICE_MODEL_IDS } from '../../src/catalog/voices.js';
import type { PictoryRequestBody } from '../../src/schema/request.js';

type Obj = Record<string, unknown>;
type Arb<T = unknown> = fc.Arbitrary<T>;

// ——— helpers ———

/** `arb` with probability `p`, else `undefined` (an absent field). */
const maybe = <T>(arb: Arb<T>, p = 0.5): Arb<T | undefined> =>
  fc.oneof(
    { weight: Math.round((1 - p) * 20), arbitrary: fc.constant(undefined) },
    { weight: Math.round(p * 20), arbitrary: arb },
  );
const from = <T>(values: readonly T[]): Arb<T> => fc.constantFrom(...values);

/** Drops `undefined` fields; `undefined` instead of an empty object (the DSL never writes `{}`). */
function compact<T extends Obj>(object: T): T | undefined {
  const out = Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
  return Object.keys(out).length > 0 ? out : undefined;
}
/** `fc.record` of optional fields, compacted; never `{}` (an empty result becomes `undefined`). */
function fields(model: Record<string, Arb>): Arb<Obj | undefined> {
  return fc.record(model).map((o) => compact(o as Obj));
}
/** Like `fields`, for objects that must exist: retried until at least one field is set. */
function someFields(model: Record<string, Arb>): Arb<Obj> {
  return fields(model).filter((o): o is Obj => o !== undefined);
}

const WORDS = ['morning', 'ocean', 'launch', 'quiet', 'light', 'team', 'data', 'habit', 'city', 'rhythm', 'bold', 'safe'];
const words = (min: number, max: number) => fc.array(from(WORDS), { minLength: min, maxLength: max }).map((w) => w.join(' '));
const sentence = words(1, 8).map((s) => `${s[0].toUpperCase()}${s.slice(1)}.`);
const id = fc.stringMatching(/^[a-z0-9]{4,12}$/);
const url = (ext: string) => fc.tuple(from(WORDS), id).map(([dir, file]) => `https://cdn.example.com/${dir}/${file}.${ext}`);
const pageUrl = fc.tuple(from(WORDS), id).map(([dir, slug]) => `https://blog.example.com/${dir}/${slug}`);
const tenths = (min: number, max: number) => fc.integer({ min: min * 10, max: max * 10 }).map((n) => n / 10);
const hundredths = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map((n) => n / 100);
const percentage = fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`);
const byte = fc.integer({ min: 0, max: 255 });
const hex = (digits: number) => fc.stringMatching(new RegExp(`^[0-9a-f]{${digits}}$`)).map((h) => `#${h}`);
const opaqueColor = fc.oneof(fc.tuple(byte, byte, byte).map(([r, g, b]) => `rgb(${r},${g},${b})`), hex(6), hex(3));
const color = fc.oneof(
  opaqueColor,
  fc.tuple(byte, byte, byte, hundredths(0, 1)).map(([r, g, b, a]) => `rgba(${r},${g},${b},${a})`),
  hex(8),
);
/** Small JSON objects for the fields Pictory leaves open (webhookInput, destinations, …). */
const opaqueObject = fc.dictionary(fc.stringMatching(/^[a-z][a-zA-Z]{0,8}$/), fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean()), {
  minKeys: 1,
  maxKeys: 3,
});
const clips = (max: number) =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: 120 }), { minLength: 2, maxLength: 2 * max })
    .filter((points) => points.length % 2 === 0)
    .map((points) => {
      const sorted = [...points].sort((a, b) => a - b);
      return Array.from({ length: sorted.length / 2 }, (_, i) => ({ start: sorted[2 * i], end: sorted[2 * i + 1] }));
    });

// ——— fontStyle ———

const animation = (type: 'entry' | 'exit'): Arb<Obj> =>
  fc
    .record({ name: from(ANIMATION_NAMES), speed: from(ANIMATION_SPEEDS) })
    .chain(({ name, speed }) =>
      fields({
        customSpeedValue: speed === 'custom' ? maybe(tenths(0.5, 3)) : fc.constant(undefined),
        direction: maybe(from(ANIMATION_DIRECTIONS)),
        writingStyle: maybe(from(ANIMATION_WRITING_STYLES)),
        futureWords: takesFutureWords(name) ? maybe(from(FUTURE_WORDS)) : fc.constant(undefined),
      }).map((rest) => ({ name, type, speed, ...rest })),
    );

const animations: Arb<Obj[]> = fc.oneof(
  animation('entry').map((a) => [a]),
  animation('exit').map((a) => [a]),
  fc.tuple(animation('entry'), animation('exit'), fc.boolean()).map(([a, b, swap]) => (swap ? [b, a] : [a, b])),
);

/** A font from the catalog, or any family name loaded from `fontUrl`. */
const font = fc.oneof(
  { weight: 4, arbitrary: from(FONT_NAMES).map((fontFamily) => ({ fontFamily, fontUrl: undefined })) },
  { weight: 1, arbitrary: fc.tuple(words(1, 2), url('ttf')).map(([name, fontUrl]) => ({ fontFamily: `My ${name}`, fontUrl })) },
);

const fontStyleModel = {
  font: maybe(font),
  fontSize: maybe(fc.integer({ min: 1, max: 160 })),
  color: maybe(color),
  backgroundColor: maybe(color),
  keywordColor: maybe(color),
  shadowColor: maybe(color),
  shadowWidth: maybe(percentage),
  position: maybe(from(FONT_STYLE_POSITIONS)),
  alignment: maybe(from(ALIGNMENTS)),
  decorations: maybe(fc.uniqueArray(from(TEXT_DECORATIONS), { minLength: 1, maxLength: 4 })),
  case: maybe(from(TEXT_CASES)),
  paragraphWidth: maybe(percentage),
  showBoxBackground: maybe(fc.boolean()),
  animations: maybe(animations),
};

function flattenFont(style: Obj | undefined): Obj | undefined {
  if (!style) return undefined;
  const { font: chosen, ...rest } = style as { font?: Obj } & Obj;
  return compact({ ...(chosen ?? {}), ...rest });
}

/** A text element's `style`. */
export const arbitraryTextStyle: Arb<Obj> = someFields(fontStyleModel).map((s) => flattenFont(s)!);

/** A `subtitleStyle`: the fontStyle fields plus bullets. */
export const arbitrarySubtitleStyle: Arb<Obj> = someFields({
  ...fontStyleModel,
  showBullet: maybe(fc.boolean()),
  bulletSize: maybe(fc.integer({ min: 1, max: 64 })),
  bulletFillColor: maybe(color),
}).map((s) => flattenFont(s)!);

// ——— AI visuals, backgrounds ———

const imageAIVisual = from(IMAGE_MODEL_IDS).chain((model) =>
  fields({
    prompt: maybe(words(1, 20)),
    mediaStyle: maybe(from(MEDIA_STYLES)),
    visualContinuity: maybe(fc.boolean()),
    referenceImageUrl: (IMAGE_EDIT_MODELS as readonly string[]).includes(model) ? maybe(url('png')) : fc.constant(undefined),
  }).map((rest) => ({ model, ...rest })),
);

const videoAIVisual = from(VIDEO_MODEL_IDS).chain((model) =>
  fc
    .record({
      rest: fields({
        prompt: maybe(words(1, 20)),
        mediaStyle: maybe(from(MEDIA_STYLES)),
        videoDuration: maybe(from(VIDEO_MODELS[model].durations)),
        visualContinuity: maybe(fc.boolean()),
      }),
      reference: fc.oneof(
        fc.constant({}),
        url('png').map((firstFrameImageUrl) => ({ firstFrameImageUrl })),
        fc.array(url('png'), { minLength: 1, maxLength: 2 }).map((referenceImageUrls) => ({ referenceImageUrls })),
      ),
    })
    .map(({ rest, reference }) => ({ model, ...rest, ...reference })),
);

/** An `aiVisual` of either kind. */
export const arbitraryAIVisual: Arb<Obj> = fc.oneof(imageAIVisual, videoAIVisual);

const colorOverlay = fields({ color: opaqueColor, opacity: maybe(hundredths(0, 1)) }) as Arb<Obj>;
const zoomPoint = fc.record({ zoom: tenths(1, 3), centerX: hundredths(0, 1), centerY: hundredths(0, 1) });
const stockSearch = fc
  .record({ query: words(1, 6) })
  .chain((base) =>
    fields({
      keywords: maybe(fc.uniqueArray(from(WORDS), { minLength: 1, maxLength: 10 })),
      category: maybe(from(STOCK_CATEGORY_VALUES)),
      libraries: maybe(fc.uniqueArray(from(STOCK_LIBRARIES), { minLength: 1, maxLength: 2 })),
    }).map((rest) => ({ ...base, ...rest })),
  );

type Kind = 'image' | 'video' | 'color' | 'stock';
/** The source part of a background, with the kind of visual it is. */
const backgroundSource: Arb<{ kind: Kind; source: Obj }> = fc.oneof(
  imageAIVisual.map((aiVisual) => ({ kind: 'image' as Kind, source: { type: 'image', aiVisual } })),
  videoAIVisual.map((aiVisual) => ({ kind: 'video' as Kind, source: { type: 'video', aiVisual } })),
  url('jpg').map((visualUrl) => ({ kind: 'image' as Kind, source: { type: 'image', visualUrl } })),
  fc
    .tuple(url('mp4'), maybe(clips(5)))
    .map(([visualUrl, trims]) => ({ kind: 'video' as Kind, source: compact({ type: 'video', visualUrl, clips: trims })! })),
  color.map((c) => ({ kind: 'color' as Kind, source: { color: c } })),
  fc.tuple(stockSearch, maybe(from(['image', 'video'] as const))).map(([searchFilter, type]) => ({
    kind: (type ?? 'stock') as Kind,
    source: compact({ type, searchFilter })!,
  })),
);

function settingsFor(kind: Kind): Arb<Obj | undefined> {
  const video = kind !== 'image' && kind !== 'color';
  return fc
    .record({ motion: fc.constantFrom('none', 'zoomAndPan', 'kenBurns'), zoom: fc.boolean() })
    .chain(({ motion, zoom }) =>
      fields({
        loop: video ? maybe(fc.boolean()) : fc.constant(undefined),
        mute: video ? maybe(fc.boolean()) : fc.constant(undefined),
        zoomAndPan: motion === 'zoomAndPan' ? fc.boolean() : fc.constant(undefined),
        kenBurnsEffect: motion === 'kenBurns' && kind === 'image' ? fc.boolean() : fc.constant(undefined),
        videoKenBurns: zoom ? maybe(fc.record({ start: zoomPoint, end: zoomPoint })) : fc.constant(undefined),
      }),
    );
}

function withExtras(source: { kind: Kind; source: Obj }): Arb<Obj> {
  return fc
    .record({
      colorOverlay: maybe(colorOverlay),
      settings: settingsFor(source.kind),
      motionGraphics: maybe(
        fc.boolean().chain((enabled) =>
          fields({ prompt: maybe(words(1, 8)), style: maybe(words(1, 2)) }).map((rest) => ({ enabled, ...rest })),
        ),
        0.2,
      ),
    })
    .map((extras) => compact({ ...source.source, ...extras })!);
}

/** A scene `background`: exactly one source, and only the settings that act on its kind. */
export const arbitraryBackground: Arb<Obj> = backgroundSource.chain(withExtras);

const broll = fc
  .tuple(arbitraryBackground, maybe(clips(1).map((c) => c[0])))
  .map(([background, brollClip]) => compact({ ...background, brollClip })!);
const corpusImage = fc
  .tuple(url('jpg'), maybe(fc.boolean()))
  .map(([visualUrl, prefer]) => compact({ visualUrl, type: 'image', prefer })!);

// ——— elements ———

/** `position`, or `top` + `left`, or neither; `width` any time. */
const placement: Arb<Obj> = fc
  .record({
    at: fc.oneof(
      fc.constant({}),
      from(ELEMENT_POSITIONS).map((position) => ({ position })),
      fc.tuple(percentage, percentage).map(([top, left]) => ({ top, left })),
    ),
    width: maybe(percentage),
  })
  .map(({ at, width }) => compact({ ...at, width }) ?? {});

const textElement = fc
  .tuple(
    words(1, 12),
    fields({ textVariant: maybe(from(TEXT_VARIANT_NAMES)), style: maybe(arbitraryTextStyle) }),
    placement,
  )
  .map(([text, rest, place]) => ({ type: 'text', text, ...rest, ...place }));

const shapeElement = fc
  .tuple(
    from(SHAPE_NAMES),
    fields({
      fill: maybe(color),
      stroke: maybe(color),
      strokeWidth: maybe(fc.integer({ min: 0, max: 12 })),
      borderRadius: maybe(fc.integer({ min: 0, max: 48 })),
    }),
    placement,
  )
  .map(([name, rest, place]) => ({ type: 'shape', name, ...rest, ...place }));

function mediaElement(type: 'image' | 'video'): Arb<Obj> {
  const source = fc.oneof(
    url(type === 'image' ? 'png' : 'mp4').map((visualUrl) => ({ visualUrl })),
    words(1, 5).map((query) => ({ searchFilter: { query } })),
    (type === 'image' ? imageAIVisual : videoAIVisual).map((aiVisual) => ({ aiVisual })),
  );
  const settings = type === 'video' ? fields({ loop: maybe(fc.boolean()), mute: maybe(fc.boolean()) }) : fc.constant(undefined);
  return fc
    .tuple(source, fields({ colorOverlay: maybe(colorOverlay), settings }), placement)
    .map(([src, rest, place]) => ({ type, ...src, ...rest, ...place }));
}

/** One overlay element of any type. */
export const arbitraryElement: Arb<Obj> = fc.oneof(textElement, shapeElement, mediaElement('image'), mediaElement('video'));

// ——— voice, music ———

const aiVoice = fc
  .tuple(
    from(['Brian', 'Jackson', 'Martin', 'Joanna', '2150', 'pNInz6obpgDQGcFmaJgB']),
    fields({
      speed: maybe(fc.integer({ min: 50, max: 200 })),
      amplificationLevel: maybe(tenths(-1, 1)),
      premiumVoiceSettings: maybe(
        someFields({
          modelId: maybe(from(PREMIUM_VOICE_MODEL_IDS)),
          stability: maybe(percentage),
          similarityBoost: maybe(percentage),
          style: maybe(percentage),
          useSpeakerBoost: maybe(fc.boolean()),
        }),
      ),
    }),
  )
  .map(([speaker, rest]) => ({ speaker, ...rest }));

const externalVoice = fc
  .tuple(url('mp3'), fields({ syncVoice: maybe(fc.boolean()), amplificationLevel: maybe(tenths(-1, 1)) }))
  .map(([voiceUrl, rest]) => ({ voiceUrl, ...rest }));

/** An enabled voice-over names exactly one kind of voice; a disabled one names none. */
function voiceOver(enabledOnly: boolean): Arb<Obj> {
  const on = fc.oneof(
    fc.array(aiVoice, { minLength: 1, maxLength: 2 }).map((aiVoices) => ({ enabled: true, aiVoices })),
    externalVoice.map((v) => ({ enabled: true, externalVoice: v })),
  );
  return enabledOnly ? on : fc.oneof(on, fc.constant({ enabled: false }));
}
export const arbitraryVoiceOver: Arb<Obj> = voiceOver(false);

const backgroundMusic: Arb<Obj> = fc.oneof(
  fc.constant({ enabled: false }),
  fc
    .record({
      // Music enabled with no track is valid on the wire (Pictory documents nothing for it), but the DSL asks
      // which music on purpose (music-no-source), so the bodies it can write always name one.
      track: fc.oneof(fc.constant({ autoMusic: true }), url('mp3').map((musicUrl) => ({ musicUrl }))),
      rest: fields({ volume: maybe(hundredths(0, 1)), clips: maybe(clips(10)) }),
    })
    .map(({ track, rest }) => ({ enabled: true, ...track, ...rest })),
);

// ——— scenes ———

/** The scene's content source and the fields that go with it. */
const content: Arb<Obj> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record({ story: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')), split: fc.constantFrom('none', 'line', 'sentence', 'both') })
      .chain(({ story, split }) =>
        fields({
          isSSMLStory: maybe(fc.boolean()),
          createSceneOnNewLine: split === 'line' || split === 'both' ? fc.constant(true) : maybe(fc.constant(false), 0.15),
          createSceneOnEndOfSentence: split === 'sentence' || split === 'both' ? fc.constant(true) : maybe(fc.constant(false), 0.15),
          caption: split === 'none' ? maybe(words(1, 6)) : fc.constant(undefined),
        }).map((rest) => ({ story, ...rest })),
      ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        words(1, 12),
        fields({
          videoType: maybe(from(STORY_COPILOT_VIDEO_TYPES)),
          duration: maybe(fc.integer({ min: 1, max: 600 })),
          platform: maybe(from(STORY_COPILOT_PLATFORMS)),
          tone: maybe(from(STORY_COPILOT_TONES)),
        }),
      )
      .map(([prompt, rest]) => ({ storyCoPilot: { prompt, ...rest } })),
  },
  { weight: 1, arbitrary: pageUrl.map((blogUrl) => ({ blogUrl })) },
  { weight: 1, arbitrary: url('pptx').map((pptUrl) => ({ pptUrl })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.oneof(url('mp3').map((audioUrl) => ({ audioUrl })), url('mp4').map((videoUrl) => ({ videoUrl }))),
        from(AUDIO_LANGUAGES),
        fields({ transcript: maybe(words(1, 12)), mediaRepurposeSettings: maybe(opaqueObject) }),
      )
      .map(([source, audioLanguage, rest]) => ({ ...source, audioLanguage, ...rest })),
  },
  { weight: 1, arbitrary: fc.constant({}) },
);

export interface SceneContext {
  /** The video uses a smart layout: no `maxSubtitleLines`. */
  smartLayout: boolean;
  /** The video has an avatar: a scene may override its placement. */
  avatar: boolean;
}

export function arbitraryScene(context: SceneContext): Arb<Obj> {
  const sceneAvatar = someFields({
    place: placement,
    hide: maybe(fc.boolean()),
    backgroundColor: maybe(color),
    borderRadius: maybe(percentage),
    borderColor: maybe(color),
    borderThickness: maybe(fc.integer({ min: 0, max: 10 })),
  }).map(({ place, ...rest }) => compact({ ...(place as Obj), ...rest }))
    .filter((o): o is Obj => o !== undefined);
  return fc
    .record({
      content,
      background: maybe(arbitraryBackground, 0.8),
      rest: fields({
        minimumDuration: maybe(tenths(0.5, 30)),
        endPauseDuration: maybe(tenths(0, 3)),
        sceneTransition: maybe(from(TRANSITIONS)),
        hideSubtitles: maybe(fc.boolean()),
        highlightKeywords: maybe(fc.boolean()),
        maxSubtitleLines: context.smartLayout ? fc.constant(undefined) : maybe(fc.integer({ min: 1, max: 4 })),
        subtitleStyle: maybe(arbitrarySubtitleStyle, 0.25),
        voiceOver: maybe(arbitraryVoiceOver, 0.25),
        backgroundMusic: maybe(fc.boolean().map((enabled) => ({ enabled })), 0.25),
        elements: maybe(fc.array(arbitraryElement, { minLength: 1, maxLength: 20 })),
        backgroundBrolls: maybe(fc.array(broll, { minLength: 1, maxLength: 2 }), 0.1),
        backgroundCorpus: maybe(fc.array(corpusImage, { minLength: 1, maxLength: 3 }), 0.1),
        avatar: context.avatar ? maybe(sceneAvatar, 0.4) : fc.constant(undefined),
      }),
    })
    .chain(({ content: source, background, rest }) => {
      // A visual-only scene (no content source) needs its background.
      const needsBackground = Object.keys(source).length === 0 && background === undefined;
      return (needsBackground ? arbitraryBackground : fc.constant(background)).map((bg) =>
        compact({ ...source, background: bg, ...(rest ?? {}) })!,
      );
    });
}

// ——— the request ———

const exclusivePair = (a: string, b: string) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constant({}) },
    { weight: 1, arbitrary: id.map((v) => ({ [a]: v })) },
    { weight: 1, arbitrary: words(1, 3).map((v) => ({ [b]: v })) },
  );

/** A valid request body, with every top-level field in play. */
export function arbitraryRequest(): Arb<PictoryRequestBody> {
  return fc
    .record({
      smartLayout: exclusivePair('smartLayoutId', 'smartLayoutName'),
      avatar: maybe(
        fc
          .tuple(
            id,
            fields({
              position: maybe(from(ELEMENT_POSITIONS)),
              width: maybe(percentage),
              borderRadius: maybe(percentage),
              backgroundColor: maybe(color),
              hide: maybe(fc.boolean()),
            }),
          )
          .map(([avatarId, rest]) => ({ avatarId, ...rest })),
        0.3,
      ),
      template: maybe(fc.tuple(id, maybe(opaqueObject.map(toVariables))).map(([templateId, variables]) => compact({ templateId, variables })!), 0.2),
    })
    .chain(({ smartLayout, avatar, template }) => {
      const context: SceneContext = { smartLayout: Object.keys(smartLayout).length > 0, avatar: avatar !== undefined };
      const scenes = fc.array(arbitraryScene(context), { minLength: 1, maxLength: 4 });
      return fc
        .record({
          videoName: words(1, 4).map((w) => w.replace(/^./, (c) => c.toUpperCase())),
          size: maybe(fc.tuple(fc.integer({ min: 240, max: 3840 }), fc.integer({ min: 240, max: 3840 }))),
          brand: exclusivePair('brandId', 'brandName'),
          subtitleStyleRef: exclusivePair('subtitleStyleId', 'subtitleStyleName'),
          rest: fields({
            aspectRatio: maybe(from(ASPECT_RATIOS)),
            language: maybe(from([...LANGUAGES, ...LANGUAGES_UNCONFIRMED])),
            saveProject: maybe(fc.boolean()),
            webhook: maybe(pageUrl),
            webhookInput: maybe(opaqueObject, 0.25),
            storyboardVersion: maybe(fc.constant('v3'), 0.15),
            subtitleStyle: maybe(arbitrarySubtitleStyle),
            visualLibraryId: maybe(id, 0.25),
            visualSelectionPreference: maybe(from(VISUAL_SELECTION_PREFERENCES), 0.25),
            awsConnectionId: maybe(id, 0.15),
            vimeoConnectionId: maybe(id, 0.15),
            destinations: maybe(fc.array(opaqueObject, { minLength: 1, maxLength: 2 }), 0.15),
            projectMetadata: maybe(opaqueObject, 0.15),
            backgroundMusic: maybe(backgroundMusic),
            logo: maybe(
              fc
                .tuple(url('png'), fields({ position: maybe(from(FONT_STYLE_POSITIONS)), width: maybe(percentage) }))
                .map(([u, rest]) => ({ url: u, ...rest })),
              0.3,
            ),
          }),
          // An avatar needs an enabled voice-over.
          voiceOver: avatar ? voiceOver(true) : maybe(arbitraryVoiceOver, 0.8),
          // With a template, scenes are optional.
          scenes: template ? maybe(scenes, 0.5) : scenes,
        })
        .map(({ videoName, size, brand, subtitleStyleRef, rest, voiceOver: vo, scenes: sc }) =>
          compact({
            videoName,
            ...(size ? { videoWidth: size[0], videoHeight: size[1] } : {}),
            ...rest,
            ...template,
            ...brand,
            ...smartLayout,
            ...subtitleStyleRef,
            avatar,
            voiceOver: vo,
            scenes: sc,
          }) as PictoryRequestBody,
        );
    });
}

function toVariables(values: Record<string, unknown>): Record<string, string | number | boolean> {
  return values as Record<string, string | number | boolean>;
}
