import { describe, expect, it } from 'vitest';
import { IMAGE_MODEL_IDS } from '../../src/catalog/catalog.js';
import { IMAGE_EDIT_MODELS } from '../../src/catalog/ai-media.js';
import { takesFutureWords } from '../../src/catalog/animations.js';
import { AUDIO_LANGUAGES } from '../../src/catalog/audio-languages.js';
import { DEFAULT_FONT, FONTS, FONT_NAMES, catalogFontLike, isCatalogFont } from '../../src/catalog/fonts.js';
import { SUBTITLE_ONLY_FIELDS } from '../../src/catalog/font-style.js';
import { hasAlpha, isColor, isPercentage, percentOf } from '../../src/catalog/formats.js';
import { ELEMENT_POSITIONS, FONT_STYLE_POSITIONS, presetAnchor } from '../../src/catalog/positions.js';
import { STOCK_CATEGORIES, STOCK_CATEGORY_VALUES, isStockCategory } from '../../src/catalog/search.js';
import {
  FEATURED_SHAPES,
  SHAPE_NAMES,
  isShapeName,
  shapeAspect,
  shapeTakesBorderRadius,
  shapeTakesStroke,
} from '../../src/catalog/shapes.js';
import { DEFAULT_TEXT_VARIANT, TEXT_VARIANTS } from '../../src/catalog/text-variants.js';
import { TRANSITIONS } from '../../src/catalog/transitions.js';

describe('fonts', () => {
  it("lists Pictory's 73 catalog names, spelled as Pictory spells them", () => {
    expect(FONT_NAMES).toHaveLength(73);
    expect(isCatalogFont('Space mono')).toBe(true);
    expect(isCatalogFont('Space Mono')).toBe(false);
    expect(isCatalogFont(DEFAULT_FONT)).toBe(true);
  });

  it('finds the catalog spelling of a near miss (for "did you mean")', () => {
    expect(catalogFontLike('space mono')).toBe('Space mono');
    expect(catalogFontLike('PlusJakartaSans')).toBe('Plus Jakarta Sans');
    expect(catalogFontLike('Comic Sans')).toBeUndefined();
  });

  it('names the package that ships each Google font, and none for the commercial ones', () => {
    for (const name of FONT_NAMES) {
      const font = FONTS[name];
      if (font.googleFont) {
        expect(font.npm, name).toMatch(/^@fontsource\/[a-z0-9-]+$/);
        expect(font.license, name).toMatch(/^(OFL-1\.1|UFL-1\.0)$/);
      } else {
        expect([font.npm, font.license], name).toEqual([null, null]);
      }
    }
    expect(FONTS['Poppins Extrabold']).toMatchObject({ family: 'Poppins', weight: 800, npm: '@fontsource/poppins' });
    expect(FONTS.Notosans).toMatchObject({ family: 'Noto Sans', npm: '@fontsource/noto-sans' });
    expect(FONTS['Proxima Nova'].googleFont).toBe(false);
  });
});

describe('shapes', () => {
  it('has the 3 basic and 137 featured shapes, each once', () => {
    expect(FEATURED_SHAPES).toHaveLength(137);
    expect(new Set(SHAPE_NAMES).size).toBe(140);
    expect(isShapeName('geometry-10')).toBe(true);
    expect(isShapeName('geometry-9')).toBe(false);
    expect(isShapeName('speech-bubble-1')).toBe(false);
  });

  it('knows the measured aspects and which style fields act', () => {
    expect(shapeAspect('rectangle')).toBe(1);
    expect(shapeAspect('line')).toBe(18.75);
    expect(shapeAspect('pill')).toBe(4.1);
    expect(shapeAspect('checkmark-2')).toBeUndefined();
    expect(['rectangle', 'circle', 'line', 'pill'].map((s) => shapeTakesStroke(s as never))).toEqual([true, true, true, false]);
    expect(shapeTakesBorderRadius('rectangle')).toBe(true);
    expect(shapeTakesBorderRadius('circle')).toBe(false);
  });
});

describe('positions and text variants', () => {
  it('elements accept `center`, font styles do not', () => {
    expect(ELEMENT_POSITIONS).toContain('center');
    expect(FONT_STYLE_POSITIONS).not.toContain('center');
    expect(presetAnchor('center')).toEqual(presetAnchor('center-center'));
    expect(presetAnchor('bottom-right')).toEqual({ x: 1, y: 1 });
    expect(presetAnchor('top-center')).toEqual({ x: 0.5, y: 0 });
  });

  it("seeds each variant's default size, position and width; body is the default", () => {
    expect(TEXT_VARIANTS.heading).toEqual({ fontSize: 66, position: 'center-center', width: '90%' });
    expect(TEXT_VARIANTS.subheading).toEqual({ fontSize: 42, position: 'top-center', width: '90%' });
    expect(TEXT_VARIANTS.body).toEqual({ fontSize: 20, position: 'center-center', width: '37%' });
    expect(DEFAULT_TEXT_VARIANT).toBe('body');
  });

  it('keeps bullets to subtitle styles', () => {
    expect(SUBTITLE_ONLY_FIELDS).toEqual(['showBullet', 'bulletSize', 'bulletFillColor']);
  });
});

describe('search, transitions, languages, AI media', () => {
  it('accepts a parent or Parent/Child category from the taxonomy only', () => {
    expect(Object.keys(STOCK_CATEGORIES)).toHaveLength(15);
    expect(STOCK_CATEGORY_VALUES).toHaveLength(15 + 48);
    expect(isStockCategory('Medical')).toBe(true);
    expect(isStockCategory('Nature/Sunrises_and_Sunsets')).toBe(true);
    expect(isStockCategory('Medical/Surgery')).toBe(false);
    expect(isStockCategory('nature')).toBe(false);
  });

  it('lists 11 transitions and 22 audio languages', () => {
    expect(TRANSITIONS).toHaveLength(11);
    expect(AUDIO_LANGUAGES).toHaveLength(22);
  });

  it('lets only fade and blur take futureWords', () => {
    expect(['fade', 'blur', 'wipe', 'text reveal'].map(takesFutureWords)).toEqual([true, true, false, false]);
  });

  it('names editing image models that the model table knows', () => {
    for (const model of IMAGE_EDIT_MODELS) expect(IMAGE_MODEL_IDS).toContain(model);
  });
});

describe('value formats', () => {
  it('accepts rgb(), rgba() and 3/6/8-digit hex colours only', () => {
    for (const ok of ['rgb(0,0,0)', 'rgb(255, 200, 40)', 'rgba(0,0,0,0)', 'rgba(10,20,30,0.45)', 'rgba(1,2,3,1)', '#fff', '#0F172A', '#0f172a80']) {
      expect(isColor(ok), ok).toBe(true);
    }
    for (const bad of ['blurple', 'rgb(256,0,0)', 'rgba(0,0,0,1.5)', 'rgb(0,0)', '#ffff', '#12345', 'hsl(0,0%,0%)', '']) {
      expect(isColor(bad), bad).toBe(false);
    }
  });

  it('sees alpha in rgba() below 1 and in 8-digit hex', () => {
    expect(hasAlpha('rgba(0,0,0,0.5)')).toBe(true);
    expect(hasAlpha('rgba(0,0,0,1)')).toBe(false);
    expect(hasAlpha('#00000080')).toBe(true);
    expect(hasAlpha('#000000ff')).toBe(false);
    expect(hasAlpha('rgb(0,0,0)')).toBe(false);
  });

  it('accepts integer percentages 0–100 only', () => {
    expect(['0%', '7%', '100%'].every(isPercentage)).toBe(true);
    expect(['101%', '7.5%', '07%', '-1%', '50', ' 5%'].some(isPercentage)).toBe(false);
    expect(percentOf('42%')).toBe(42);
  });
});
