import { Component, Suspense, createElement, use, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { AIVideoBackground, Scene, Video } from '../../src/components/index.js';
import { compile, compileAsync } from '../../src/compiler/compile.js';
import { render, renderNow } from '../../src/renderer/render.js';
import { RenderError } from '../../src/renderer/render-error.js';
import type { HostElement, HostRoot } from '../../src/renderer/host-tree.js';

const stories = (root: HostRoot) => ((root.children[0] as HostElement).children as HostElement[]).map((s) => s.props.story);
const later = <T,>(value: T, ms = 20) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('Suspense', () => {
  it('waits for the content: the fallback is never the video', async () => {
    const data = later(['One.', 'Two.']);
    const Scenes = () => use(data).map((story) => <Scene key={story} story={story} />);
    const root = await render(
      <Video name="s">
        <Suspense fallback={<Scene story="Loading…" />}>
          <Scenes />
        </Suspense>
      </Video>,
    );
    expect(stories(root)).toEqual(['One.', 'Two.']);
  });

  it('compileAsync compiles the content, not the fallback', async () => {
    const data = later('The real story.');
    const Story = () => <Scene story={use(data)} />;
    const result = await compileAsync(
      <Video name="s">
        <Suspense fallback={<Scene story="Loading…" />}>
          <Story />
        </Suspense>
      </Video>,
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.request!.scenes!.map((s) => s.story)).toEqual(['The real story.']);
  });

  it('a fallback still showing when the wait ends is an error at the <Suspense> line', async () => {
    const never = new Promise<string>(() => {});
    const Story = () => <Scene story={use(never)} />;
    const line = 0;
    const pending = render(
      <Video name="s">
        <Suspense fallback={<Scene story="Loading…" />}>
          <Story />
        </Suspense>
      </Video>,
      { timeoutMs: 50 },
    );
    const error = await Promise.resolve(pending).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RenderError);
    expect((error as RenderError).message).toMatch(/<Suspense> boundary still shows its fallback: the data it waits for did not arrive within 50 ms/);
    expect((error as RenderError).loc?.file).toMatch(/suspense\.test\.tsx$/);
    expect((error as RenderError).loc?.line).toBeGreaterThan(line);
  });

  it('compile() (synchronous) of a suspending tree names the <Suspense> line and holds nothing open', () => {
    const Story = () => <Scene story={use(later('x', 10_000))} />;
    const result = compile(
      <Video name="s">
        <Suspense fallback={<Scene story="Loading…" />}>
          <Story />
        </Suspense>
      </Video>,
    );
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0].message).toContain('still shows its fallback');
    expect(result.diagnostics[0].message).toContain('compileAsync()');
    expect(result.diagnostics[0].loc?.file).toMatch(/suspense\.test\.tsx$/);
  });
});

class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <Scene story="Something went wrong." /> : this.props.children;
  }
}

describe('error boundaries', () => {
  it('an error a boundary caught is kept, with the component that threw', () => {
    function Products(): never {
      throw new Error('catalogue offline');
    }
    const root = renderNow(
      <Video name="b">
        {createElement(Boundary, null, <Products />)}
      </Video>,
    );
    expect(stories(root)).toEqual(['Something went wrong.']);
    expect(root.caught).toHaveLength(1);
    expect(root.caught![0]).toMatchObject({ message: 'catalogue offline', component: 'Products' });
    expect(root.caught![0].loc?.file).toMatch(/suspense\.test\.tsx$/);
  });

  it('compile() reports it as an error: the boundary fallback is not the video', () => {
    function Products(): never {
      throw new Error('catalogue offline');
    }
    const result = compile(
      <Video name="b">
        {createElement(Boundary, null, <Products />)}
      </Video>,
    );
    const caught = result.diagnostics.find((d) => d.code === 'component-threw');
    expect(caught?.severity).toBe('error');
    expect(caught?.message).toContain('catalogue offline');
    expect(caught?.message).toContain('error boundary');
    expect(caught?.loc?.file).toMatch(/suspense\.test\.tsx$/);
  });
});
