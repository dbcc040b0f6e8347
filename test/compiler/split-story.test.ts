import { describe, expect, it } from 'vitest';
import { splitStory } from '../../src/compiler/split-story.js';

const bySentence = (story: string, language?: string) => splitStory(story, { sentences: true, language });

describe('splitting a story into scenes', () => {
  it('does not end a sentence after a title or a common abbreviation', () => {
    expect(bySentence('Dr. Smith said hello. Then Mrs. Jones, e.g. the mayor, agreed.')).toEqual([
      'Dr. Smith said hello.',
      'Then Mrs. Jones, e.g. the mayor, agreed.',
    ]);
  });

  it('keeps initials with the name', () => {
    expect(bySentence('J. R. R. Tolkien wrote it. We loved it!')).toEqual(['J. R. R. Tolkien wrote it.', 'We loved it!']);
  });

  it('still ends sentences at ordinary words, questions and exclamations', () => {
    expect(bySentence('It rains. Really? Yes! Go home.')).toEqual(['It rains.', 'Really?', 'Yes!', 'Go home.']);
  });

  it('splits lines first, then sentences, and ignores empty lines', () => {
    expect(splitStory('One. Two.\n\nThree', { lines: true, sentences: true })).toEqual(['One.', 'Two.', 'Three']);
  });

  it('falls back to English rules for a language tag ICU does not know', () => {
    expect(bySentence('One. Two.', 'en_US')).toEqual(['One.', 'Two.']);
  });
});
