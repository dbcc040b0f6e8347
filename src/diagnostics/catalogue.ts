/**
 * Every diagnostic pictory-jsx can report, in one table: its code (stable, kebab-case, never reused), its
 * severity, the message template, and a hint that says in general what to do. Messages say what happened
 * and what was expected in one sentence, name props by their full dotted path (`logo.width`), and never
 * show raw schema or regex text. Formatting work (quoting, joining lists) is done by the caller, so the
 * templates stay readable. The README's "What the compiler checks" table is generated from this file
 * (`npx tsx scripts/diagnostics-table.ts`); a test keeps the two equal.
 *
 * Adding a code: add an entry here (in the section it belongs to), report it with `report(node, code,
 * args)`, and add its exact-text test in test/compiler/catalogue.test.tsx.
 */
import type { Diagnostic, Located, Severity } from './diagnostic.js';

export interface DiagnosticData<A> {
  severity: Severity;
  /** One line for the README table: what the check is about. */
  title: string;
  message: (args: A) => string;
  /** What to do about it, in general. */
  hint: string;
}

const entry = <A = void>(data: DiagnosticData<A>) => data;

export const CATALOGUE = {
  // ── The tree ────────────────────────────────────────────────────────────────────────────────────────
  'no-video': entry({
    severity: 'error',
    title: 'the tree has no `<Video>`',
    message: () => 'nothing to compile: the tree has no <Video>',
    hint: 'export a `<Video>` element, a component returning one, or an array of them',
  }),
  'several-videos': entry<{ count: number; names: string }>({
    severity: 'error',
    title: '`compile()` given a tree with several videos',
    message: ({ count, names }) => `the tree holds ${count} videos (${names}); use compileAll() to compile each`,
    hint: 'use `compileAll()` / `compileAllAsync()`, which return one result per video',
  }),
  'component-threw': entry<{ reason: string }>({
    severity: 'error',
    title: 'one of your components threw while rendering',
    message: ({ reason }) => `a component threw: ${reason}`,
    hint: 'fix the component at the reported line; nothing is sent',
  }),
  'render-failed': entry<{ reason: string }>({
    severity: 'error',
    title: 'the tree could not be rendered',
    message: ({ reason }) => reason,
    hint: 'a tree that loads data with `use()` must be compiled with `compileAsync()`',
  }),
  'unknown-component': entry<{ tag: string; known: string }>({
    severity: 'error',
    title: 'an element that is not a pictory-jsx component',
    message: ({ tag, known }) => `<${tag}> is not a pictory-jsx component; use one of ${known}`,
    hint: 'there are no HTML elements in a video; use the DSL components',
  }),
  misplaced: entry<{ where: string }>({
    severity: 'error',
    title: 'a component in the wrong place (a scene outside a video, a background outside a scene, …)',
    message: ({ where }) => where,
    hint: 'move the element to where the message says it belongs',
  }),
  'music-in-scene': entry({
    severity: 'error',
    title: '`<BackgroundMusic>` inside a `<Scene>`',
    message: () => 'background music belongs to the whole <Video>: move <BackgroundMusic> out of the <Scene>',
    hint: 'put `<BackgroundMusic>` directly in the `<Video>`',
  }),
  'two-backgrounds': entry<{ existing: string; line: string }>({
    severity: 'error',
    title: 'two backgrounds in one scene',
    message: ({ existing, line }) => `a scene has exactly one background, but this <Scene> already has <${existing}> (${line}); remove one`,
    hint: 'keep one background per `<Scene>`',
  }),
  duplicate: entry<{ tag: string; line: string }>({
    severity: 'error',
    title: 'a component given twice where only one is allowed (two `<VoiceOver>` in a video, …)',
    message: ({ tag, line }) => `only one <${tag}> is allowed here; another one is at ${line}`,
    hint: 'remove one of them',
  }),
  'stray-text': entry<{ text: string; where: string; takers: string }>({
    severity: 'error',
    title: 'text where no text belongs',
    message: ({ text, where, takers }) => `text "${text}" is ${where}; only ${takers} takes text`,
    hint: "put the text in a `<Scene>` (it becomes the scene's story)",
  }),
  'unexpected-children': entry<{ tag: string }>({
    severity: 'error',
    title: 'children given to a component that takes none',
    message: ({ tag }) => `<${tag}> takes no children; everything it needs is in its props`,
    hint: 'write the element self-closing and pass its settings as props',
  }),
  'story-twice': entry<{ prop: string }>({
    severity: 'error',
    title: 'the story given both as a prop and as text children',
    message: ({ prop }) => `the ${prop} is given twice, as the \`${prop}\` prop and as text children; keep one`,
    hint: 'keep either the prop or the text children',
  }),

  // ── Props ───────────────────────────────────────────────────────────────────────────────────────────
  'unknown-prop': entry<{ prop: string; tag: string; advice: string }>({
    severity: 'error',
    title: 'an unknown prop (Pictory would silently drop the field)',
    message: ({ prop, tag, advice }) => `unknown prop "${prop}" on <${tag}> (Pictory would silently drop it); ${advice}`,
    hint: 'check the spelling; the message suggests the closest prop',
  }),
  'missing-prop': entry<{ prop: string; tag: string; expected: string }>({
    severity: 'error',
    title: 'a required prop is missing (`name` on `<Video>`, `model` on an AI background, …)',
    message: ({ prop, tag, expected }) => `<${tag}> needs the \`${prop}\` prop (${expected})`,
    hint: 'add the prop',
  }),
  'invalid-type': entry<{ prop: string; expected: string; got: string }>({
    severity: 'error',
    title: 'a prop of the wrong type',
    message: ({ prop, expected, got }) => `${prop} must be ${expected}, got ${got}`,
    hint: 'pass a value of the type the message names',
  }),
  'invalid-value': entry<{ prop: string; value: string; allowed: string; guess?: string }>({
    severity: 'error',
    title: 'a value outside its list (an unknown model, aspect ratio, media style, language, …)',
    message: ({ prop, value, allowed, guess }) => `${prop} ${value} is not one of ${allowed}${guess ? ` (did you mean "${guess}"?)` : ''}`,
    hint: 'use one of the listed values',
  }),
  'invalid-format': entry<{ prop: string; value: string; expected: string }>({
    severity: 'error',
    title: 'a value in the wrong format (a logo width that is not a percentage, a webhook that is not a URL, an empty text, …)',
    message: ({ prop, value, expected }) => `${prop} ${value} must be ${expected}`,
    hint: 'write the value in the format the message names',
  }),
  'out-of-range': entry<{ prop: string; value: string; limit: string }>({
    severity: 'error',
    title: 'a number out of range (speed 50–200, amplificationLevel −1..1, volume 0..1, …)',
    message: ({ prop, value, limit }) => `${prop} ${value} is out of range: it must be ${limit}`,
    hint: 'use a value within the range',
  }),
  'too-long': entry<{ prop: string; length: number; limit: string }>({
    severity: 'error',
    title: 'a text too long (a prompt over 500 characters, a story over 15,000)',
    message: ({ prop, length, limit }) => `${prop} is ${length} characters long; it must be ${limit} characters`,
    hint: 'shorten the text',
  }),

  // ── Video ───────────────────────────────────────────────────────────────────────────────────────────
  'size-incomplete': entry<{ given: string; missing: string }>({
    severity: 'error',
    title: '`width` without `height` (or the reverse)',
    message: ({ given, missing }) => `${given} is set without ${missing}: Pictory needs videoWidth and videoHeight together`,
    hint: 'give both `width` and `height`, or neither',
  }),
  'brand-twice': entry({
    severity: 'error',
    title: '`brandId` with `brandName`',
    message: () => 'brandId and brandName are mutually exclusive; keep one',
    hint: 'keep one of the two',
  }),
  'no-scenes': entry({
    severity: 'error',
    title: 'a video with no scene',
    message: () => 'a <Video> needs at least one <Scene>',
    hint: 'add a `<Scene>`',
  }),
  'language-unconfirmed': entry<{ language: string }>({
    severity: 'warning',
    title: "a language only Pictory's skill docs list (ar, id, pl, tr, ur, vi)",
    message: ({ language }) => `language "${language}" is not in Pictory's API reference (only in its skill docs); it may be rejected`,
    hint: 'expect Pictory to possibly reject it; the 14 documented languages are safe',
  }),

  // ── Scenes and backgrounds ──────────────────────────────────────────────────────────────────────────
  'empty-scene': entry({
    severity: 'error',
    title: 'a scene with neither a content source (a story, …) nor a background',
    message: () => 'an empty scene: give it a story (text or `story`) or another content source (storyCoPilot, blogUrl, pptUrl, audioUrl, videoUrl), a background, or both',
    hint: 'give the scene a story (or another content source), a background, or both',
  }),
  'duration-not-offered': entry<{ model: string; duration: string; offered: string; fallback: string }>({
    severity: 'error',
    title: 'a duration the video model does not offer',
    message: ({ model, duration, offered, fallback }) =>
      `model "${model}" does not offer duration "${duration}" (it offers ${offered}); Pictory would silently use ${fallback}`,
    hint: "pick one of the model's durations (the types list them)",
  }),
  'prompt-long': entry<{ length: number; limit: number }>({
    severity: 'warning',
    title: "a prompt over 250 characters (the older docs' limit)",
    message: ({ length, limit }) => `prompt is ${length} characters: over the ${limit} that older Pictory docs allow`,
    hint: 'shorten the prompt if Pictory rejects it',
  }),
  'aspect-ratio-fallback': entry<{ model: string; ratio: string; supported: string; fallback: string }>({
    severity: 'warning',
    title: 'an aspect ratio the AI model does not support (Pictory silently falls back)',
    message: ({ model, ratio, supported, fallback }) =>
      `model "${model}" does not support aspect ratio ${ratio} (it supports ${supported}); Pictory will silently generate ${fallback}`,
    hint: "choose a model that supports the video's aspect ratio, or accept the fallback",
  }),

  // ── Audio ───────────────────────────────────────────────────────────────────────────────────────────
  'music-source-twice': entry({
    severity: 'error',
    title: 'music with two sources (`autoMusic` and `src`)',
    message: () => 'use either autoMusic or src, not both',
    hint: 'keep `autoMusic` or `src`',
  }),
  'music-no-source': entry({
    severity: 'error',
    title: 'music with no source',
    message: () => 'say which music: `autoMusic` (Pictory picks a track) or `src="https://…"`',
    hint: 'add `autoMusic` or `src`',
  }),
  'music-full-volume': entry({
    severity: 'warning',
    title: 'music without a volume (Pictory plays it at full volume)',
    message: () => 'no volume: Pictory plays background music at full volume (1.0); set e.g. volume={0.3}',
    hint: 'set `volume`, e.g. `volume={0.3}`',
  }),
  // ── Overlay elements and font styles (Text, Shape, Image, Clip, SubtitleStyle) ───────────────────────
  'too-many-elements': entry<{ limit: number; count: number }>({
    severity: 'error',
    title: 'more than 20 elements (text, shapes, images, clips) in one scene',
    message: ({ limit, count }) => `a scene takes at most ${limit} elements (text, shapes, images, clips); this <Scene> has ${count}`,
    hint: 'split the scene in two, or drop some elements',
  }),
  'placement-twice': entry<{ tag: string }>({
    severity: 'error',
    title: 'an element placed both by `position` and by `top`/`left`',
    message: ({ tag }) => `<${tag}> is placed twice: \`position\` and \`top\`/\`left\` are exclusive; keep one`,
    hint: 'use a `position` preset, or `top` + `left` coordinates',
  }),
  'placement-incomplete': entry<{ given: string; missing: string }>({
    severity: 'error',
    title: '`top` without `left` (or the reverse) on an element',
    message: ({ given, missing }) => `${given} is set without ${missing}: coordinates go together`,
    hint: 'give both `top` and `left`, or use `position`',
  }),
  'text-no-variant': entry({
    severity: 'warning',
    title: 'a `<Text>` without `variant` (Pictory renders it as body text, 20 px)',
    message: () => 'no variant: Pictory renders this text as body (20 px, 37 % wide); set variant="heading", "subheading" or "body"',
    hint: 'set `variant`',
  }),
  'media-source-count': entry<{ tag: string; found: string }>({
    severity: 'error',
    title: 'an `<Image>`/`<Clip>` with no source, or more than one',
    message: ({ tag, found }) => `<${tag}> takes exactly one source, \`src\`, \`query\` or \`model\`; ${found}`,
    hint: 'keep one of `src` (your file), `query` (a stock search) or `model` (AI-generated)',
  }),
  'ai-prop-without-model': entry<{ tag: string; prop: string }>({
    severity: 'error',
    title: 'an AI-generation prop (`prompt`, `duration`, …) on a media element without `model`',
    message: ({ tag, prop }) => `\`${prop}\` is for AI-generated media: this <${tag}> has no \`model\`, so Pictory would drop it`,
    hint: 'add `model`, or remove the prop',
  }),
  'reference-image-not-editing': entry<{ model: string; editing: string }>({
    severity: 'error',
    title: '`referenceImageUrl` on an image model that does not edit',
    message: ({ model, editing }) => `model "${model}" does not edit images: \`referenceImageUrl\` needs ${editing}`,
    hint: 'use an editing model, or remove `referenceImageUrl`',
  }),
  'reference-images-with-first-frame': entry({
    severity: 'error',
    title: '`referenceImageUrls` together with `firstFrameImageUrl`',
    message: () => '`referenceImageUrls` and `firstFrameImageUrl` are exclusive; keep one',
    hint: 'guide the clip by its first frame or by reference images, not both',
  }),
  'media-style-ignored': entry<{ model: string }>({
    severity: 'warning',
    title: '`mediaStyle` on a prompted AI video, background or clip (Pictory ignores it)',
    message: ({ model }) => `mediaStyle is ignored: video model "${model}" uses it only when it writes the prompt itself`,
    hint: 'describe the style in the prompt, or drop the prompt',
  }),
  'shape-stroke-ignored': entry<{ prop: string; name: string }>({
    severity: 'warning',
    title: '`stroke`/`strokeWidth` on a shape that draws no stroke',
    message: ({ prop, name }) => `${prop} has no effect on shape "${name}": only rectangle, circle and line draw a stroke`,
    hint: 'remove it, or use a basic shape',
  }),
  'shape-radius-ignored': entry<{ name: string }>({
    severity: 'warning',
    title: '`borderRadius` on a shape other than a rectangle',
    message: ({ name }) => `borderRadius has no effect on shape "${name}": only a rectangle rounds its corners`,
    hint: 'remove it, or use `name="rectangle"`',
  }),
  'overlay-alpha': entry<{ prop: string; color: string }>({
    severity: 'warning',
    title: 'an overlay colour with alpha (Pictory drops the alpha)',
    message: ({ prop, color }) => `${prop} ${color} has an alpha, which Pictory drops; give an opaque colour and set the overlay's opacity`,
    hint: 'use an opaque colour and `opacity`',
  }),
  'unknown-font': entry<{ prop: string; font: string; guess?: string }>({
    severity: 'warning',
    title: "a font outside Pictory's catalog without `fontUrl` (Pictory falls back to its default)",
    message: ({ prop, font, guess }) =>
      `${prop} "${font}" is not one of Pictory's fonts and has no fontUrl; Pictory would use its default font${guess ? ` (did you mean "${guess}"?)` : ''}`,
    hint: 'pick a catalog font (the types list them), or give `fontUrl`',
  }),
  'font-url-without-family': entry<{ prop: string }>({
    severity: 'error',
    title: '`fontUrl` without a `fontFamily`',
    message: ({ prop }) => `${prop}.fontUrl needs ${prop}.fontFamily naming the font it loads`,
    hint: 'add `fontFamily`',
  }),
  'animations-same-type': entry<{ prop: string; type: string }>({
    severity: 'error',
    title: 'two entry (or two exit) animations in one style',
    message: ({ prop, type }) => `${prop} has two "${type}" animations: a style takes one entry and one exit at most`,
    hint: 'keep one `entry` and one `exit`',
  }),
  'custom-speed-not-custom': entry<{ prop: string; speed: string }>({
    severity: 'error',
    title: '`customSpeedValue` without `speed: "custom"`',
    message: ({ prop, speed }) => `${prop}.customSpeedValue is only taken with speed "custom" (this animation's speed is "${speed}")`,
    hint: 'set `speed: "custom"`, or remove `customSpeedValue`',
  }),
  'future-words-animation': entry<{ prop: string; name: string }>({
    severity: 'error',
    title: '`futureWords` on an animation other than fade or blur',
    message: ({ prop, name }) => `${prop}.futureWords is only taken by the "fade" and "blur" animations, not "${name}"`,
    hint: 'remove `futureWords`, or use fade or blur',
  }),
  'decoration-twice': entry<{ prop: string; decoration: string }>({
    severity: 'error',
    title: 'a text decoration listed twice',
    message: ({ prop, decoration }) => `${prop} lists "${decoration}" twice`,
    hint: 'list each decoration once',
  }),
  // ── The whole storyboard: video, scene, voices, avatar, backgrounds, `extra` ─────────────────────────
  'id-and-name': entry<{ id: string; name: string }>({
    severity: 'error',
    title: 'an account item given both by id and by name (smart layout, subtitle style)',
    message: ({ id, name }) => `use either ${id} or ${name}, not both`,
    hint: 'keep the id or the name',
  }),
  'variables-without-template': entry({
    severity: 'error',
    title: '`variables` without a `templateId`',
    message: () => 'variables fill a template: give the templateId they belong to',
    hint: 'add `templateId`, or remove `variables`',
  }),
  'scene-sources-twice': entry<{ sources: string }>({
    severity: 'error',
    title: 'a scene with two content sources (`story`, `storyCoPilot`, `blogUrl`, `pptUrl`, `audioUrl`, `videoUrl`)',
    message: ({ sources }) => `a scene takes one content source, but this one has ${sources}; keep one (or split it into several <Scene>s)`,
    hint: 'give each scene one of story, storyCoPilot, blogUrl, pptUrl, audioUrl, videoUrl',
  }),
  'story-only-prop': entry<{ prop: string }>({
    severity: 'error',
    title: '`ssml`, `splitSentences` or `splitLines` on a scene without a story',
    message: ({ prop }) => `${prop} applies to the scene's story, and this scene has none`,
    hint: 'give the scene a story, or remove the prop',
  }),
  'caption-no-story': entry({
    severity: 'error',
    title: '`caption` on a scene without a story',
    message: () => 'a caption is shown in place of the story: this scene needs a story',
    hint: 'give the scene a story, or remove `caption`',
  }),
  'caption-with-split': entry<{ flag: string }>({
    severity: 'error',
    title: '`caption` with `splitSentences` or `splitLines`',
    message: ({ flag }) => `a caption belongs to one scene, but ${flag} cuts this one into several; remove caption or ${flag}`,
    hint: 'remove `caption` or the split flag',
  }),
  'audio-language-missing': entry<{ source: string }>({
    severity: 'error',
    title: '`audioUrl` or `videoUrl` without `audioLanguage`',
    message: ({ source }) => `a scene made from ${source} needs audioLanguage: the language spoken in it`,
    hint: 'add `audioLanguage`, e.g. `audioLanguage="en-US"`',
  }),
  'media-only-prop': entry<{ prop: string }>({
    severity: 'error',
    title: '`audioLanguage` or `transcript` on a scene not made from `audioUrl`/`videoUrl`',
    message: ({ prop }) => `${prop} describes a scene's audioUrl or videoUrl, and this scene has neither`,
    hint: 'remove the prop, or make the scene from `audioUrl`/`videoUrl`',
  }),
  'max-lines-with-smart-layout': entry<{ layout: string }>({
    severity: 'error',
    title: '`maxSubtitleLines` on a video with a smart layout',
    message: ({ layout }) => `the video's smart layout "${layout}" sets the subtitle lines: remove maxSubtitleLines or the smart layout`,
    hint: 'a smart layout decides the subtitle lines; remove one of them',
  }),
  'voice-twice': entry<{ existing: string; line: string }>({
    severity: 'error',
    title: 'two voice-overs in one video or scene (`<VoiceOver>`, `<ExternalVoice>`)',
    message: ({ existing, line }) => `one voice-over per <Video> or <Scene>, and this one already has <${existing}> (${line}); keep one`,
    hint: 'keep one `<VoiceOver>` or one `<ExternalVoice>` (a scene\'s overrides the video\'s)',
  }),
  'voice-no-speaker': entry({
    severity: 'error',
    title: '`<VoiceOver>` with neither a `speaker` nor `off`',
    message: () => 'say which voice: speaker="Brian" (or off to have no narration)',
    hint: 'add `speaker`, or write `<VoiceOver off/>`',
  }),
  'voice-off-with-settings': entry<{ prop: string }>({
    severity: 'error',
    title: '`<VoiceOver off/>` with voice settings',
    message: ({ prop }) => `a voice-over that is off takes no ${prop}`,
    hint: 'remove `off` or the voice settings',
  }),
  'voice-off-among-voices': entry({
    severity: 'error',
    title: '`<VoiceOver off/>` beside other `<VoiceOver>`s',
    message: () => 'this voice-over is off, but its siblings name voices: remove <VoiceOver off/> or the other voices',
    hint: 'keep `<VoiceOver off/>` alone, or remove it',
  }),
  'music-off-with-settings': entry<{ prop: string }>({
    severity: 'error',
    title: '`<BackgroundMusic off/>` with music settings',
    message: ({ prop }) => `music that is off takes no ${prop}`,
    hint: 'remove `off` or the music settings',
  }),
  'avatar-no-id': entry({
    severity: 'error',
    title: "the video's `<Avatar>` without an `id`",
    message: () => "say which presenter: the video's <Avatar> needs an id",
    hint: 'add `id` (your account\'s avatars: `pictory-jsx types`)',
  }),
  'scene-avatar-id': entry({
    severity: 'error',
    title: "a scene's `<Avatar>` with an `id`",
    message: () => "the presenter is chosen once, on the video's <Avatar>: a scene's <Avatar> only places and styles it, so it takes no id",
    hint: "move `id` to an `<Avatar>` in the `<Video>`",
  }),
  'scene-avatar-alone': entry({
    severity: 'error',
    title: "a scene's `<Avatar>` in a video without one",
    message: () => "a scene's <Avatar> places the video's presenter, and this video has none: add <Avatar id=\"…\"/> to the <Video>",
    hint: 'add `<Avatar id>` to the `<Video>`',
  }),
  'avatar-scene-only-prop': entry<{ prop: string }>({
    severity: 'error',
    title: "a scene-only avatar prop (`top`, `left`, `borderColor`, `borderThickness`) on the video's `<Avatar>`",
    message: ({ prop }) => `${prop} is set per scene: put it on an <Avatar> inside a <Scene>`,
    hint: "move the prop to a scene's `<Avatar>`",
  }),
  'avatar-position-twice': entry({
    severity: 'error',
    title: 'an avatar placed by both `position` and `top`/`left`',
    message: () => 'place the avatar by position or by top and left, not both',
    hint: 'keep `position` or `top` + `left`',
  }),
  'avatar-top-left-apart': entry<{ given: string; missing: string }>({
    severity: 'error',
    title: 'an avatar with `top` without `left`, or `left` without `top`',
    message: ({ given, missing }) => `${given} needs ${missing}: an avatar is placed by both`,
    hint: 'give `top` and `left` together',
  }),
  'avatar-no-voice': entry<{ where: string }>({
    severity: 'error',
    title: 'an avatar without a voice-over',
    message: ({ where }) => `the avatar speaks the voice-over, and ${where} has none: add a <VoiceOver> or an <ExternalVoice>`,
    hint: 'give the video a `<VoiceOver>` or `<ExternalVoice>`',
  }),
  'broll-no-background': entry({
    severity: 'error',
    title: 'a `<Broll>` without a background inside',
    message: () => 'a <Broll> cuts to the background inside it, and this one has none: put one *Background in it',
    hint: 'wrap one background, e.g. `<Broll clip={{start: 2, end: 5}}><ImageBackground src="…"/></Broll>`',
  }),
  'ken-burns-not-image': entry<{ tag: string; shows: string }>({
    severity: 'error',
    title: '`kenBurns` on a background that is not an image',
    message: ({ tag, shows }) => `kenBurns moves over a still image, and this <${tag}> shows ${shows}; use zoomAndPan or kenBurnsPath`,
    hint: 'use `kenBurns` on image backgrounds only',
  }),
  'ken-burns-with-zoom': entry({
    severity: 'error',
    title: '`kenBurns` together with `zoomAndPan`',
    message: () => 'kenBurns and zoomAndPan are two motions of the same background: keep one',
    hint: 'keep `kenBurns` or `zoomAndPan`',
  }),
  'playback-not-video': entry<{ prop: string }>({
    severity: 'error',
    title: '`loop` or `mute` on a background that is not a video',
    message: ({ prop }) => `${prop} is for video backgrounds, and this one searches for an image (type="image")`,
    hint: 'remove the prop, or search for a video',
  }),
  'clip-ends-before-start': entry<{ what: string; start: number; end: number }>({
    severity: 'error',
    title: 'a clip (`{start, end}`) that does not end after it starts',
    message: ({ what, start, end }) => `${what} ends at ${end}s, not after its start at ${start}s`,
    hint: 'give each clip an `end` after its `start` (seconds)',
  }),
  'listed-twice': entry<{ prop: string; value: string }>({
    severity: 'error',
    title: 'a value listed twice',
    message: ({ prop, value }) => `${prop} lists "${value}" twice`,
    hint: 'list each value once',
  }),
  'reference-image-model': entry<{ model: string; editors: string }>({
    severity: 'error',
    title: '`referenceImageUrl` on an image model that does not edit',
    message: ({ model, editors }) => `model "${model}" only generates images; referenceImageUrl needs a model that edits one (${editors})`,
    hint: 'choose an editing model, or remove `referenceImageUrl`',
  }),
  'first-frame-and-references': entry({
    severity: 'error',
    title: '`firstFrameImageUrl` together with `referenceImageUrls`',
    message: () => 'a clip starts from firstFrameImageUrl or follows referenceImageUrls, not both',
    hint: 'keep one of them',
  }),
  'extra-keys': entry<{ tag: string; keys: string }>({
    severity: 'warning',
    title: '`extra` fields (sent to Pictory unchecked)',
    message: ({ tag, keys }) => `extra ${keys} on <${tag}> is sent to Pictory as is, unchecked`,
    hint: 'check the fields against Pictory\'s API reference; prefer a prop when one exists',
  }),
  'extra-overrides': entry<{ tag: string; keys: string }>({
    severity: 'error',
    title: '`extra` overriding a field the component writes',
    message: ({ tag, keys }) => `extra ${keys} would override what <${tag}> writes; set it with the component's props instead`,
    hint: 'use the prop that writes the field',
  }),
} as const;

export type DiagnosticCode = keyof typeof CATALOGUE;
/** The arguments of a code's message template. */
export type MessageArgs<C extends DiagnosticCode> = Parameters<(typeof CATALOGUE)[C]['message']>[0];

type ArgsParam<C extends DiagnosticCode> = MessageArgs<C> extends void | undefined ? [args?: undefined] : [args: MessageArgs<C>];

/**
 * A diagnostic of catalogue code `code` at `node`: its severity and message come from the catalogue.
 * `prop` names the prop concerned (its full dotted path), when there is one.
 */
export function report<C extends DiagnosticCode>(node: Located, code: C, ...rest: [...ArgsParam<C>, prop?: string]): Diagnostic {
  const [args, prop] = rest as unknown as [unknown, string | undefined];
  const data = CATALOGUE[code] as DiagnosticData<unknown>;
  return { severity: data.severity, code, message: data.message(args), path: node.path, prop, loc: node.loc };
}
