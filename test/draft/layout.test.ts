import { describe, expect, it } from 'vitest';
import { loadDraftFonts } from '../../src/draft/fonts.js';
import { fitText, measureText } from '../../src/draft/layout.js';

const fonts = await loadDraftFonts();
if (!fonts) throw new Error('the bundled fonts must load');
const metrics = fonts.bold.metrics;

describe('draft fonts', () => {
  it('uses the DejaVu files bundled under assets/fonts', () => {
    expect(fonts.regular.path).toMatch(/assets[\\/]fonts[\\/]DejaVuSans\.ttf$/);
    expect(fonts.bold.path).toMatch(/assets[\\/]fonts[\\/]DejaVuSans-Bold\.ttf$/);
  });

  it('reads real metrics', () => {
    expect(metrics.unitsPerEm).toBe(2048);
    expect(metrics.ascender).toBeGreaterThan(1500);
    expect(metrics.descender).toBeGreaterThan(300);
    expect(measureText('MMMM', metrics, 40)).toBeGreaterThan(measureText('iiii', metrics, 40) * 2);
    expect(measureText('ab', metrics, 40)).toBeCloseTo(measureText('a', metrics, 40) + measureText('b', metrics, 40));
    expect(measureText('€·“', metrics, 40)).toBeGreaterThan(0);
  });
});

describe('fitText', () => {
  const text = 'Every morning the harbour wakes before the town does.';

  it('keeps short text on one line at the preferred size', () => {
    const block = fitText('Hello there', metrics, { maxWidth: 1000, maxLines: 3, size: 40, minSize: 20 });
    expect(block).toMatchObject({ lines: ['Hello there'], size: 40, lineHeight: 50 });
    expect(block.height).toBe(block.ascent + Math.round((metrics.descender * 40) / metrics.unitsPerEm));
  });

  it('wraps into balanced lines that fit the width', () => {
    const block = fitText(text, metrics, { maxWidth: 800, maxLines: 3, size: 40, minSize: 20 });
    expect(block.lines).toEqual(['Every morning the harbour', 'wakes before the town does.']);
    expect(block.width).toBeLessThanOrEqual(800);
    for (const line of block.lines) expect(measureText(line, metrics, 40)).toBeLessThanOrEqual(800);
  });

  it('shrinks before it truncates, and truncates with an ellipsis at the minimum size', () => {
    const shrunk = fitText(text, metrics, { maxWidth: 800, maxLines: 1, size: 40, minSize: 20 });
    expect(shrunk.lines).toEqual([text]);
    expect(shrunk.size).toBeLessThan(40);
    const cut = fitText(text.repeat(3), metrics, { maxWidth: 400, maxLines: 2, size: 40, minSize: 30 });
    expect(cut.size).toBe(30);
    expect(cut.lines).toHaveLength(2);
    expect(cut.lines[1].endsWith('…')).toBe(true);
    expect(measureText(cut.lines[1], metrics, 30)).toBeLessThanOrEqual(400);
  });

  it('breaks a word longer than the line and keeps explicit newlines', () => {
    const block = fitText('x'.repeat(60), metrics, { maxWidth: 300, maxLines: 5, size: 30, minSize: 30 });
    expect(block.lines.length).toBeGreaterThan(1);
    expect(block.lines.join('')).toBe('x'.repeat(60));
    expect(fitText('one\ntwo', metrics, { maxWidth: 1000, maxLines: 3, size: 30, minSize: 30 }).lines).toEqual(['one', 'two']);
  });

  it('lays out nothing for empty text', () => {
    expect(fitText('  ', metrics, { maxWidth: 100, maxLines: 2, size: 30, minSize: 20 })).toMatchObject({ lines: [], width: 0, height: 0 });
  });
});
