import { describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import {
  AIImageBackground,
  AIVideoBackground,
  BackgroundMusic,
  ColorBackground,
  
  ImageBackground,
  Scene,
  Video,
  VideoBackground,
  VoiceOver,
} from 'pictory-jsx';
import * as pictory from 'pictory-jsx';
import { expectOk } from './expect-ok.js';

const compile = (node: ReactNode) => expectOk(pictory.compile(node));

describe('emit', () => {
  it('maps every component and prop to its Pictory field', () => {
    const { request, diagnostics } = compile(
      <Video
        name="all-fields"
        aspectRatio="9:16"
        language="fr"
        width={1080}
        height={1920}
        saveProject
        webhook="https://example.com/hook"
        webhookData={{ campaign: 'spring' }}
        brandName="Acme"
        logo={{ url: 'https://cdn.example.com/logo.png', position: 'top-right', width: '10%' }}
      >
        <VoiceOver speaker="Gabriel" speed={110} amplificationLevel={0.5} />
        <BackgroundMusic src="https://cdn.example.com/track.mp3" volume={0.25} />
        <Scene story="Un." splitSentences splitLines={false} minimumDuration={3} hideSubtitles>
          <AIVideoBackground model="veo3.1_fast" duration="8s" prompt="drone shot" mediaStyle="vintage" />
        </Scene>
        <Scene story="Deux.">
          <AIImageBackground model="nanobanana-pro" prompt="a still" mediaStyle="artistic" />
          <VoiceOver speaker="Brian" />
        </Scene>
        <Scene story="Trois.">
          <ImageBackground src="https://cdn.example.com/a.png" />
        </Scene>
        <Scene story="Quatre.">
          <VideoBackground src="https://cdn.example.com/b.mp4" mute loop={false} />
        </Scene>
        <Scene story="Cinq.">
          <ColorBackground color="rgba(0,0,0,0.5)" />
        </Scene>
      </Video>,
    );
    // Every field is written; Pictory's one silent change is named: a prompted clip ignores its mediaStyle.
    expect(diagnostics.map((d) => `${d.code} ${d.path}`)).toEqual(['media-style-ignored Video > Scene[1] > AIVideoBackground']);
    expect(request).toEqual({
      videoName: 'all-fields',
      videoWidth: 1080,
      videoHeight: 1920,
      aspectRatio: '9:16',
      language: 'fr',
      saveProject: true,
      webhook: 'https://example.com/hook',
      webhookInput: { campaign: 'spring' },
      brandName: 'Acme',
      logo: { url: 'https://cdn.example.com/logo.png', position: 'top-right', width: '10%' },
      backgroundMusic: { enabled: true, musicUrl: 'https://cdn.example.com/track.mp3', volume: 0.25 },
      voiceOver: { enabled: true, aiVoices: [{ speaker: 'Gabriel', speed: 110, amplificationLevel: 0.5 }] },
      scenes: [
        {
          story: 'Un.',
          createSceneOnNewLine: false,
          createSceneOnEndOfSentence: true,
          minimumDuration: 3,
          hideSubtitles: true,
          background: { type: 'video', aiVisual: { model: 'veo3.1_fast', prompt: 'drone shot', mediaStyle: 'vintage', videoDuration: '8s' } },
        },
        {
          story: 'Deux.',
          background: { type: 'image', aiVisual: { model: 'nanobanana-pro', prompt: 'a still', mediaStyle: 'artistic' } },
          voiceOver: { enabled: true, aiVoices: [{ speaker: 'Brian' }] },
        },
        { story: 'Trois.', background: { type: 'image', visualUrl: 'https://cdn.example.com/a.png' } },
        { story: 'Quatre.', background: { type: 'video', visualUrl: 'https://cdn.example.com/b.mp4', settings: { mute: true, loop: false } } },
        { story: 'Cinq.', background: { color: 'rgba(0,0,0,0.5)' } },
      ],
    });
  });

  it('takes the story from text children, joining expressions', () => {
    const price = 499;
    const { request } = compile(
      <Video name="v">
        <Scene>
          Only {price} dollars.
          <ColorBackground color="#fff" />
        </Scene>
      </Video>,
    );
    expect(request.scenes![0].story).toBe('Only 499 dollars.');
  });

  it('omits props given as undefined', () => {
    const { request } = compile(
      <Video name="v" aspectRatio={undefined}>
        <Scene story="a">
          <AIVideoBackground model="veo3.1" prompt={undefined} />
        </Scene>
      </Video>,
    );
    expect(request).toEqual({ videoName: 'v', scenes: [{ story: 'a', background: { type: 'video', aiVisual: { model: 'veo3.1' } } }] });
  });
});
