/**
 * The fonts drafts are drawn with.
 * DejaVu Sans ships in the repository under `assets/fonts/` (Bitstream Vera licence, see LICENSE-DejaVu.txt).
 * Well-known system fonts are the fallback when the asset is missing.
 */
import { readFile } from 'node:fs/promises';
import { assetPath } from './assets.js';
import { readFontMetrics, type FontMetrics } from '../fonts/sfnt.js';

/** A font file plus its metrics, ready for drawtext and for measuring text. */
export interface Font {
  path: string;
  metrics: FontMetrics;
}

/** The two weights a draft uses: bold for labels and captions, regular for secondary text. */
export interface DraftFonts {
  regular: Font;
  bold: Font;
}

const BUNDLED = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

const SYSTEM_CANDIDATES: Record<keyof DraftFonts, string[]> = {
  regular: [
    '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
    '/usr/share/fonts/dejavu/DejaVuSans.ttf',
    '/usr/share/fonts/TTF/DejaVuSans.ttf',
    '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
    '/System/Library/Fonts/Supplemental/Arial.ttf',
    '/Library/Fonts/Arial.ttf',
    'C:\\Windows\\Fonts\\arial.ttf',
  ],
  bold: [
    '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
    '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf',
    '/usr/share/fonts/TTF/DejaVuSans-Bold.ttf',
    '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
    '/System/Library/Fonts/Supplemental/Arial Bold.ttf',
    '/Library/Fonts/Arial Bold.ttf',
    'C:\\Windows\\Fonts\\arialbd.ttf',
  ],
};

let loaded: Promise<DraftFonts | null> | undefined;

/**
 * Loads the draft fonts (cached). Each weight falls back to the other when only one is found;
 * `null` means no usable font exists, and drafts are rendered without text.
 */
export function loadDraftFonts(): Promise<DraftFonts | null> {
  loaded ??= (async () => {
    const regular = await loadFirst(candidates('regular'));
    const bold = await loadFirst(candidates('bold'));
    if (!regular && !bold) return null;
    return { regular: regular ?? bold!, bold: bold ?? regular! };
  })();
  return loaded;
}

function candidates(weight: keyof DraftFonts): string[] {
  const bundled = assetPath('fonts', BUNDLED[weight]);
  return [...(bundled ? [bundled] : []), ...SYSTEM_CANDIDATES[weight]];
}

async function loadFirst(paths: string[]): Promise<Font | null> {
  for (const path of paths) {
    try {
      return { path, metrics: readFontMetrics(await readFile(path)) };
    } catch {
      // Missing or unparsable: try the next candidate.
    }
  }
  return null;
}
