/**
 * The enumerations of the storyboard body besides the AI models (those are in `catalog.ts`): positions,
 * transitions, fonts, shapes, text animations, stock-search categories, voice and script vocabularies.
 * Read from Pictory's request schema (its official skill's `request-schema.md`) and the API reference.
 * Like `catalog.ts`, this is the emulator's own table, independent of the DSL's.
 */

/** Where an element, logo or avatar sits: the 9-grid, with `center` as an alias of `center-center`. */
export const ELEMENT_POSITIONS = [
  'top-left', 'top-center', 'top-right',
  'center-left', 'center', 'center-center', 'center-right',
  'bottom-left', 'bottom-center', 'bottom-right',
] as const;

/** A fontStyle's `position`: the 9-grid without the `center` alias. */
export const FONT_POSITIONS = ELEMENT_POSITIONS.filter((p) => p !== 'center');

/** `sceneTransition`: the transition into a scene. */
export const TRANSITIONS = [
  'none', 'wipeup', 'wipedown', 'wipeleft', 'wiperight', 'smoothleft', 'smoothright', 'radial', 'circlecrop', 'hblur', 'fade',
] as const;

export const TEXT_VARIANTS = ['heading', 'subheading', 'body'] as const;
export const ALIGNMENTS = ['left', 'center', 'right'] as const;
export const DECORATIONS = ['bold', 'underline', 'italics', 'linethrough'] as const;
export const TEXT_CASES = ['uppercase', 'lowercase', 'capitalize', 'smallcapitalize'] as const;

export const ANIMATION_NAMES = ['none', 'fade', 'drift', 'wipe', 'text reveal', 'elastic', 'typewriter', 'blur', 'bulletin'] as const;
export const ANIMATION_TYPES = ['entry', 'exit'] as const;
export const ANIMATION_SPEEDS = ['slow', 'medium', 'fast', 'custom'] as const;
export const ANIMATION_DIRECTIONS = ['up', 'down', 'left', 'right'] as const;
export const WRITING_STYLES = ['character', 'word', 'line', 'paragraph'] as const;
export const FUTURE_WORDS = ['hidden', 'subtle', 'prominent'] as const;
/** The only animations that take `futureWords`. */
export const FUTURE_WORDS_ANIMATIONS: readonly string[] = ['fade', 'blur'];
/** The smallest `customSpeedValue`. */
export const MIN_CUSTOM_SPEED = 0.5;

/** Font families of Pictory's catalog; any other family needs a `fontUrl`. */
export const FONTS = [
  'Anton', 'Archivo Narrow', 'Arial', 'Averia Libre', 'Barlow', 'Barlow Black', 'Bebas Neue', 'Calibri',
  'Caprasimo', 'Capriola', 'Carter One', 'Caveat', 'Chakra Petch', 'Chewy', 'Comfortaa', 'Courier Prime',
  'Dancing Script', 'Dangrek', 'Delius Unicase', 'DM Sans', 'Grandstander', 'Gruppo', 'Heartbeat',
  'Helvetica', 'Helvetica Neue Medium', 'JM Modern', 'Josefin Sans', 'Julius Sans One', 'Laisha', 'Lato',
  'Lato Extrabold', 'Lexend', 'LT Wave', 'Manrope', 'Merriweather', 'Montserrat', 'Moon dance', 'Mustard',
  'Notosans', 'Opensans', 'Optik', 'Party Confetti', 'Patua One', 'Playfair Display', 'Plus Jakarta Sans',
  'Poppins', 'Poppins Extrabold', 'Proxima Nova', 'Quicksand', 'Raleway', 'Raleway Black', 'Raleway Thin',
  'Roboto', 'Rokkitt', 'Rowdies', 'Russo One', 'Satisfy', 'Sora', 'Source Sans Pro', 'Space Grotesk',
  'Space mono', 'Special Elite', 'Strive', 'Titillium Web', 'Titillium Web Black', 'Ubuntu', 'Unbounded',
  'Work Sans', 'Noto Sans JP', 'Noto Serif JP', 'Noto Sans Tamil', 'Noto Sans Devanagari', 'Noto Serif Devanagari',
] as const;

/** `name-1` … `name-last` (with `skip` left out). */
function numbered(name: string, last: number, first = 1, skip: number[] = []): string[] {
  const names: string[] = [];
  for (let i = first; i <= last; i++) if (!skip.includes(i)) names.push(`${name}-${i}`);
  return names;
}

/** Basic shapes: the only ones `stroke`/`strokeWidth` (all three) and `borderRadius` (rectangle) affect. */
export const BASIC_SHAPES = ['rectangle', 'circle', 'line'] as const;

/** Every shape name of the catalog: basic and featured. */
export const SHAPES: readonly string[] = [
  ...BASIC_SHAPES,
  ...numbered('badge', 8), ...numbered('quote', 6), ...numbered('arrow', 19), ...numbered('geometry', 10, 1, [9]),
  ...numbered('doodle', 12), ...numbered('star', 6), ...numbered('cross', 8), ...numbered('checkmark', 6),
  ...numbered('data-device', 8), ...numbered('blob', 9), ...numbered('word', 9), ...numbered('line', 17),
  ...numbered('speech-bubble', 7, 2), ...numbered('square', 5), ...numbered('heart', 3),
  'thumbs-up', 'gift', 'leaves', 'paperplane', 'idea-bulb', 'pill',
];

/** Stock-search categories: each parent with its children (`"Parent"` or `"Parent/Child"`). */
const CATEGORY_TREE: Readonly<Record<string, readonly string[]>> = {
  Aerial: ['Coastal_and_Marine', 'Infrastructure', 'Natural_Landscapes', 'Urban_Landscapes'],
  Animals: ['Farm_Animals', 'Marine_Life', 'Pets', 'Wildlife'],
  Business_and_Professions: ['Business_Concepts', 'Office_Work', 'Professions'],
  Effects: ['Chemical_Reactions', 'Explosions', 'Fire_and_Smoke', 'Glitches', 'Lighting_Effects', 'Particles'],
  Food_and_Beverage: ['Beverages', 'Food_Preparation', 'Meals'],
  Graphics: ['Backgrounds', 'Effects', 'Patterns'],
  Historical: ['Eras', 'Events', 'Figures'],
  Holidays_and_Celebrations: ['Cultural_Celebrations', 'Festivals', 'Life_Events'],
  Lifestyle: ['Health_and_Fitness', 'Hobbies', 'Home_and_Family'],
  Medical: [],
  Nature: ['Landscapes', 'Plants_and_Trees', 'Sunrises_and_Sunsets', 'Waterfalls', 'Weather'],
  People: ['Activities', 'Groups', 'Portraits'],
  Places_and_Landmarks: ['Rural_Areas', 'Tourist_Attractions', 'Urban_Areas'],
  Sports_and_Recreation: ['Individual_Sports', 'Outdoor_Activities', 'Team_Sports'],
  Technology: ['Devices', 'Innovation'],
};

/** Every valid `searchFilter.category`. */
export const CATEGORIES: readonly string[] = Object.entries(CATEGORY_TREE).flatMap(([parent, children]) => [
  parent,
  ...children.map((child) => `${parent}/${child}`),
]);

export const STOCK_LIBRARIES = ['story_blocks', 'getty'] as const;

/** `audioLanguage` of audio/video repurpose scenes. */
export const AUDIO_LANGUAGES = [
  'en-US', 'en-AU', 'en-GB', 'en-IN', 'en-IE', 'en-AB', 'en-WL', 'fr-CA', 'fr-FR', 'de-CH', 'de-DE', 'it-IT',
  'es-ES', 'es-US', 'nl-NL', 'pt-BR', 'ja-JP', 'ko-KR', 'ru-RU', 'hi-IN', 'ta-IN', 'mr-IN',
] as const;

/** ElevenLabs `premiumVoiceSettings.modelId`. */
export const VOICE_MODEL_IDS = [
  'eleven_v3', 'eleven_multilingual_v2', 'eleven_flash_v2_5', 'eleven_turbo_v2_5', 'eleven_turbo_v2',
  'eleven_flash_v2', 'eleven_multilingual_v1', 'eleven_monolingual_v1',
] as const;

/** `storyCoPilot` vocabularies. */
export const COPILOT_VIDEO_TYPES = ['Explainer', 'Marketing', 'Internal Communication', 'Tutorial', 'Product'] as const;
export const COPILOT_PLATFORMS = ['YouTube', 'TikTok', 'Instagram', 'Facebook', 'LinkedIn', 'Twitter'] as const;
export const COPILOT_TONES = [
  'professional', 'casual', 'friendly', 'informative', 'persuasive', 'exciting', 'educational', 'humorous', 'serious', 'conversational',
] as const;

/** AI image models that can edit a reference image (`aiVisual.referenceImageUrl`). */
export const EDITING_IMAGE_MODELS: readonly string[] = ['seedream3.0', 'nanobanana'];
