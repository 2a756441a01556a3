// A one-line progress bar on stderr for long runs: share done, documents, words per
// second and time left. Drawn only when stderr is a terminal; a no-op otherwise.

import { Writable } from 'node:stream';

export interface Counted {
  documents: number;
  failed: number;
  words: number;
}

/** How far along the run is, in any unit (bytes read, items done), or null if unknown. */
export type Position = () => { done: number; total: number } | null;

const WIDTH = 20;
const EVERY_MS = 250;

export function formatProgress(counted: Counted, position: ReturnType<Position>, seconds: number): string {
  const docs = counted.documents + counted.failed;
  const rate = seconds > 0 ? counted.words / seconds : 0;
  const parts = [`${docs.toLocaleString('en-US')} docs`, `${Math.round(rate).toLocaleString('en-US')} words/s`];
  if (!position || position.total <= 0) return parts.join('  ');
  const share = Math.min(1, position.done / position.total);
  const filled = Math.round(share * WIDTH);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%`;
  const eta = share > 0 && share < 1 ? `ETA ${clock((seconds * (1 - share)) / share)}` : '';
  return [bar, ...parts, eta].filter(Boolean).join('  ');
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const mmss = `${String(m).padStart(h ? 2 : 1, '0')}:${String(s % 60).padStart(2, '0')}`;
  return h ? `${h}:${mmss}` : mmss;
}

export interface ProgressBar {
  /** Clears the bar and stops redrawing. */
  stop(): void;
  /** Write messages here while the bar runs: the bar is cleared first, then redrawn. */
  messages: Writable;
}

/** Starts redrawing `stream` every quarter second, if it is a terminal. */
export function startProgress(stream: Writable, counted: Counted, position: Position): ProgressBar {
  if (!(stream as { isTTY?: boolean }).isTTY) return { stop: () => undefined, messages: stream };
  const started = performance.now();
  const draw = (): void => {
    const line = formatProgress(counted, position(), (performance.now() - started) / 1000);
    const columns = (stream as { columns?: number }).columns ?? 80;
    stream.write(`\r${line.slice(0, columns - 1)}\x1b[K`);
  };
  const timer = setInterval(draw, EVERY_MS);
  timer.unref();
  const messages = new Writable({
    write(chunk: Buffer, _encoding, done) {
      stream.write(`\r\x1b[K${chunk.toString('utf8')}`);
      done();
    },
  });
  return {
    stop() {
      clearInterval(timer);
      stream.write('\r\x1b[K');
    },
    messages,
  };
}
