import { createContext, use, useContext } from 'react';
import { describe, expect, it } from 'vitest';
import { AIVideoBackground, Scene, Video } from '../../src/components/index.js';
import { render } from '../../src/renderer/render.js';
import { RenderError } from '../../src/renderer/render-error.js';
import type { HostElement, HostRoot } from '../../src/renderer/host-tree.js';

const first = (root: HostRoot) => root.children[0] as HostElement;

describe('render', () => {
  it('builds a plain host tree synchronously, with source locations', () => {
    const root = render(
      <Video name="demo">
        <Scene story="Hello.">
          <AIVideoBackground model="veo3.1" duration="6s" />
        </Scene>
      </Video>,
    ) as HostRoot;
    const video = first(root);
    expect(video.type).toBe('Video');
    expect(video.props).toEqual({ name: 'demo' });
    const scene = video.children[0] as HostElement;
    expect(scene.type).toBe('Scene');
    expect((scene.children[0] as HostElement).props).toEqual({ model: 'veo3.1', duration: '6s' });
    expect(video.loc?.file).toMatch(/render\.test\.tsx$/);
    expect(scene.loc?.line).toBe(video.loc!.line + 1);
  });

  it('passes context down to nested components', () => {
    const Model = createContext<'veo3.1' | 'pixverse5.5'>('veo3.1');
    const Bg = () => <AIVideoBackground model={useContext(Model)} />;
    const root = render(
      <Model value="pixverse5.5">
        <Video name="ctx">
          <Scene story="A.">
            <Bg />
          </Scene>
        </Video>
      </Model>,
    ) as HostRoot;
    const bg = (first(root).children[0] as HostElement).children[0] as HostElement;
    expect(bg.props.model).toBe('pixverse5.5');
  });

  it('returns a promise when a component suspends on use(), with the complete tree', async () => {
    const data = new Promise<string[]>((resolve) => setTimeout(() => resolve(['One.', 'Two.']), 20));
    const Scenes = () => use(data).map((story) => <Scene key={story} story={story} />);
    const result = render(
      <Video name="async">
        <Scenes />
      </Video>,
    );
    expect(result).toBeInstanceOf(Promise);
    const root = await result;
    expect(first(root).children.map((s) => (s as HostElement).props.story)).toEqual(['One.', 'Two.']);
  });

  it('reports a component that throws, with its message, name and line', () => {
    function Broken(): never {
      throw new Error('no products found');
    }
    let caught: unknown;
    try {
      render(
        <Video name="x">
          <Broken />
        </Video>,
      );
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RenderError);
    const error = caught as RenderError;
    expect(error.message).toBe('no products found');
    expect(error.component).toBe('Broken');
    expect(error.loc?.file).toMatch(/render\.test\.tsx$/);
  });

  it('rejects when suspended data fails', async () => {
    const data: Promise<string[]> = Promise.reject(new Error('feed unavailable'));
    data.catch(() => {});
    const Scenes = () => use(data).map((s) => <Scene key={s} story={s} />);
    await expect(
      Promise.resolve(
        render(
          <Video name="x">
            <Scenes />
          </Video>,
        ),
      ),
    ).rejects.toThrow('feed unavailable');
  });
});
