import { describe, expect, it } from 'vitest';
import { splitStory as compilerSplit } from '../../src/compiler/split-story.js';
import { splitStory as emulatorSplit } from '../../src/emulator/split.js';

const STORIES = [
  'Dr. Smith said hello. Then he left.',
  'Mrs. Jones met Mr. Brown at St. Paul. They talked, e.g. about the weather. J. R. R. Tolkien agreed!',
  'Prices rose approx. ten percent vs. last year. No. 5 won.\nA new line. And another.',
  'Plain sentence one. Plain sentence two? Three!',
];

describe('the emulator cuts stories where the estimate does', () => {
  it('keeps "Dr. Smith said…" in one scene', () => {
    expect(emulatorSplit('Dr. Smith said hello. Then he left.', { createSceneOnEndOfSentence: true })).toEqual([
      'Dr. Smith said hello.',
      'Then he left.',
    ]);
  });

  it.each(STORIES)('same scenes as the compiler for %j', (story) => {
    for (const [lines, sentences] of [[false, true], [true, true], [true, false]] as const) {
      expect(emulatorSplit(story, { createSceneOnNewLine: lines, createSceneOnEndOfSentence: sentences })).toEqual(
        compilerSplit(story, { lines, sentences }),
      );
    }
  });
});
