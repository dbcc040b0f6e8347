import { Fragment, createElement, useLayoutEffect, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { DSLNode } from '../../jsx-runtime/namespace.js';
import { AIVideoBackground, Scene, Video, VoiceOver } from '../../src/components/index.js';
import { compile } from '../../src/compiler/compile.js';
import { renderDirect } from '../../src/renderer/direct.js';
import { renderNow } from '../../src/renderer/render.js';
import { RenderError } from '../../src/renderer/render-error.js';

/** The same tree through the reconciler: a component at the top forces it. */
const viaReact = (node: ReactNode) => {
  const Top = () => node as DSLNode;
  return renderNow(<Top />);
};

describe('the direct walk builds exactly what the reconciler builds', () => {
  const shapes: Array<[string, () => ReactNode]> = [
    ['a plain video', () => <Video name="a"><VoiceOver speaker="Brian" /><Scene story="One."><AIVideoBackground model="veo3.1" duration="6s" /></Scene></Video>],
    ['text, numbers and empty strings', () => <Video name="a"><Scene>Hello {'world'} {3} {''}{null}{false}{undefined}</Scene></Video>],
    ['fragments and nested arrays', () => <Video name="a"><>{[[<Scene key="1" story="A." />], [<Fragment key="f"><Scene story="B." /></Fragment>]]}</></Video>],
    ['several videos', () => [<Video key="1" name="a"><Scene story="A." /></Video>, <Video key="2" name="b"><Scene story="B." /></Video>]],
    ['an unknown host tag', () => createElement('div' as never, null, <Video name="a" />)],
  ];
  it.each(shapes)('%s', (_name, tree) => {
    const direct = renderDirect(tree());
    expect(direct).toBeDefined();
    expect(direct).toEqual(viaReact(tree()));
  });

  it('leaves trees with components to the reconciler', () => {
    const Wrap = ({ children }: { children?: ReactNode }) => children as DSLNode;
    expect(renderDirect(<Video name="a"><Wrap><Scene story="A." /></Wrap></Video>)).toBeUndefined();
  });

  it('names a child that is not an element or text, with its holder line', () => {
    let caught: unknown;
    try {
      renderDirect(<Video name="a"><Scene story="A.">{{ text: 'oops' } as never}</Scene></Video>);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RenderError);
    expect((caught as RenderError).message).toBe('<Scene> has a child that is an object: children are elements, text and numbers');
    expect((caught as RenderError).loc?.file).toMatch(/direct\.test\.tsx$/);
  });

  it('refuses a cycle among children instead of building fibers until memory runs out', () => {
    const cycle: unknown[] = [];
    cycle.push(cycle);
    const Wrap = ({ children }: { children?: ReactNode }) => children as DSLNode;
    const result = compile(<Video name="a"><Wrap>{cycle as never}</Wrap></Video>);
    expect(result.diagnostics[0].message).toMatch(/has a child that contains itself \(a cycle\)/);
    expect(result.diagnostics[0].loc?.file).toMatch(/direct\.test\.tsx$/);
  });
});

describe('the container is unmounted once the tree is read', () => {
  it('runs layout-effect cleanups of a compiled tree', () => {
    let mounted = 0;
    const Tracked = () => {
      useLayoutEffect(() => {
        mounted++;
        return () => {
          mounted--;
        };
      }, []);
      return <Scene story="A." />;
    };
    const result = compile(<Video name="a"><Tracked /></Video>);
    expect(result.diagnostics).toEqual([]);
    expect(mounted).toBe(0);
  });
});
