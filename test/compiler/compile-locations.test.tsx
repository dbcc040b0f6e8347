/** compile() says where every component of a video was written, by component path. */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { AIImageBackground, compile, Scene, Video, VoiceOver } from 'pictory-jsx';

const thisFile = fileURLToPath(import.meta.url);

describe('locations', () => {
  it('maps each component path to its file and line, with or without errors', () => {
    const line = 12; // the line of <Video> below
    const result = compile(
      <Video name="v">
        <VoiceOver speaker="Brian" />
        <Scene story="a">
          <AIImageBackground model="flux-schnell" />
        </Scene>
        <Scene story="b">
          <VoiceOver speaker="Jackson" />
        </Scene>
      </Video>,
    );
    expect(result.ok).toBe(true);
    expect([...result.locations].map(([path, loc]) => [path, loc.file, loc.line - line])).toEqual([
      ['Video', thisFile, 0],
      ['Video > VoiceOver', thisFile, 1],
      ['Video > Scene[1]', thisFile, 2],
      ['Video > Scene[1] > AIImageBackground', thisFile, 3],
      ['Video > Scene[2]', thisFile, 5],
      ['Video > Scene[2] > VoiceOver', thisFile, 6],
    ]);
    const failed = compile(<Video name="empty" />);
    expect(failed.ok).toBe(false);
    expect(failed.locations.get('Video')?.file).toBe(thisFile);
  });
});
