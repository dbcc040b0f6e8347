import { describe, expect, it } from 'vitest';
import { cssColor, ffmpegColor, parseColor } from '../../src/draft/colors.js';

describe('parseColor', () => {
  it.each([
    ['#f80', '#ff8800'],
    ['#F80C', '#ff8800'],
    ['#1e6091', '#1e6091'],
    ['#1e6091cc', '#1e6091'],
    ['0x1E6091', '#1e6091'],
    ['rgb(30, 96, 145)', '#1e6091'],
    ['rgba(30,96,145,0.5)', '#1e6091'],
    ['rgb(100% 0% 50% / 40%)', '#ff0080'],
    ['rgb(300, -4, 12.6)', '#ff000d'],
    ['Teal', '#008080'],
    ['rebeccapurple', '#663399'],
    ['darkslategrey', '#2f4f4f'],
    [' navy ', '#000080'],
  ])('%s → %s', (input, css) => {
    const color = parseColor(input);
    expect(color && cssColor(color)).toBe(css);
  });

  it.each(['', 'blurple', '#12345', '#ggg', 'rgb(1, 2)', 'rgb(a, b, c)', 'hsl(0, 100%, 50%)'])('rejects %j', (input) => {
    expect(parseColor(input)).toBeNull();
  });

  it('formats for ffmpeg', () => {
    expect(ffmpegColor({ r: 0, g: 128, b: 255 })).toBe('0x0080ff');
  });
});
