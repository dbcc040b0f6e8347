import { describe, expect, it } from 'vitest';
import { fileNames, fileStem } from '../../src/cli/names.js';

describe('file names from video names', () => {
  it('keeps the letters of accented names instead of dropping them', () => {
    expect(fileStem('chloé')).toBe('chloe');
    expect(fileStem('Straße in Łódź')).toBe('Strasse-in-Lodz');
  });

  it('keeps letters of other scripts and replaces what a file name cannot hold', () => {
    expect(fileStem('東京 / launch: v2?')).toBe('東京-launch-v2');
    expect(fileStem('../../etc/passwd')).toBe('etc-passwd');
    expect(fileStem('***')).toBe('video');
  });

  it('cuts very long names to a length every file system accepts', () => {
    const stem = fileStem('é'.repeat(500));
    expect([...stem].length).toBeLessThanOrEqual(60);
    expect(Buffer.byteLength(`${stem}.mp4`)).toBeLessThan(255);
  });

  it('tells duplicate names apart and says so', () => {
    const { files, clashes } = fileNames(['Launch', 'launch', 'chloé', 'chloe']);
    expect(files.map((f) => f.file)).toEqual(['Launch.mp4', 'launch-2.mp4', 'chloe.mp4', 'chloe-2.mp4']);
    expect(clashes).toEqual([
      'videos "Launch" and "launch" both make launch.mp4; the second is saved as launch-2.mp4',
      'videos "chloé" and "chloe" both make chloe.mp4; the second is saved as chloe-2.mp4',
    ]);
  });
});
