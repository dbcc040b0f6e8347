/**
 * The studio's state: the latest compile of the file, recompiled when the file or any source file in its
 * project folder changes (a brand kit, a data module), with the views the page asks for built on demand and
 * kept per request hash. Listeners hear of every new version.
 */
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { StudioCompiler } from './compiler.js';
import { FileRegistry } from './files.js';
import type { WorkerResult } from './protocol.js';
import type { StateView, VideoView } from './view-types.js';
import { summarise, videoView } from './view.js';

const WATCHED = /\.(tsx?|jsx?|mts|cts|mjs|cjs|json|csv)$/i;
const IGNORED_FOLDERS = /(^|[\\/])(node_modules|\.git|dist|coverage|\.pictory-jsx)([\\/]|$)/;

export class StudioSession {
  readonly files: FileRegistry;
  version = 0;
  private result: WorkerResult | undefined;
  private readonly compiler: StudioCompiler;
  private watcher: FSWatcher | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private readonly listeners = new Set<(version: number) => void>();
  private views = new Map<string, VideoView>();

  constructor(
    readonly file: string,
    readonly projectFolder: string,
    private readonly log: (line: string) => void,
  ) {
    this.files = new FileRegistry(projectFolder);
    this.compiler = new StudioCompiler(file, process.cwd(), log);
  }

  /** The first compile, then watch the project folder. */
  async start(): Promise<void> {
    await this.recompile();
    this.watcher = watch(this.projectFolder, {
      ignoreInitial: true,
      ignored: (file, stats) => IGNORED_FOLDERS.test(path.relative(this.projectFolder, file)) || Boolean(stats?.isFile() && !WATCHED.test(file)),
    });
    this.watcher.on('all', (_event, file) => {
      if (WATCHED.test(file)) void this.recompile();
    });
    await new Promise<void>((resolve) => this.watcher!.once('ready', () => resolve()));
  }

  onVersion(listener: (version: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Compile now; a change during a compile folds into one more compile after it. */
  recompile(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        const result = await this.compiler.compile();
        this.result = result;
        this.views = new Map();
        this.version += 1;
        this.log(result.ok ? `compiled ${result.videos.length} video${result.videos.length === 1 ? '' : 's'} in ${Math.round(result.ms)} ms` : `compile failed: ${result.message.split('\n')[0]}`);
        for (const listener of this.listeners) listener(this.version);
      } while (this.again);
    })().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  state(): StateView {
    const relative = path.relative(process.cwd(), this.file) || this.file;
    const result = this.result;
    if (!result) return { file: relative, version: this.version, videos: [], total: { credits: 0, exact: true, seconds: 0 }, diagnostics: [], compileMs: 0 };
    if (!result.ok) {
      return { file: relative, version: this.version, failure: { message: result.message, diagnostics: result.diagnostics }, videos: [], total: { credits: 0, exact: true, seconds: 0 }, diagnostics: [], compileMs: result.ms };
    }
    const videos = result.videos.map((video, i) => summarise(video, i));
    const diagnostics = result.videos.flatMap((v) => (v.ok ? [] : v.diagnostics.filter((d) => d.severity === 'error')));
    return {
      file: relative,
      version: this.version,
      videos,
      total: {
        credits: Math.round(videos.reduce((sum, v) => sum + v.credits, 0) * 100) / 100,
        exact: videos.every((v) => v.creditsExact),
        seconds: videos.reduce((sum, v) => sum + v.seconds, 0),
      },
      diagnostics,
      compileMs: result.ms,
    };
  }

  /** The full view of one video of the latest compile (laid out once per request). */
  video(index: number): VideoView | undefined {
    const result = this.result;
    if (!result?.ok || !result.videos[index]) return undefined;
    const key = String(index);
    let view = this.views.get(key);
    if (!view) {
      view = videoView(result.videos[index], index, path.dirname(this.file), this.files);
      this.views.set(key, view);
    }
    return view;
  }

  /** The request of one video, for its draft. */
  request(index: number): object | undefined {
    const result = this.result;
    return result?.ok ? result.videos[index]?.request : undefined;
  }

  async close(): Promise<void> {
    this.compiler.close();
    await this.watcher?.close();
  }
}

