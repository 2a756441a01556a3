// Annotation in the background (issue 14, item 2): pages only read; pending items are
// annotated in small batches between which other work runs; pages say what is pending.

import request from 'supertest';
import { pendingCount } from '../src/corpus/store/analyses';
import { BackgroundAnnotator } from '../src/web/corpus/background';
import { createApp } from '../src/web/app';
import { fixtureAnalyze } from './browser/fixture-analyzer';
import { storeWith } from './fixtures/corpus/store';

const pending = (n: number) =>
  storeWith(Array.from({ length: n }, (_, i) => ({ record: { id: `p${i}`, outlet: `Outlet ${i % 3}`, headline: `Protester ${i} killed in clashes`, text: '' } })));

describe('BackgroundAnnotator', () => {
  test('annotates everything pending, in batches with the event loop free between them', async () => {
    const store = pending(120);
    const annotator = new BackgroundAnnotator(store, fixtureAnalyze);
    annotator.kick();
    expect(pendingCount(store)).toBe(120); // nothing on the caller's turn
    let turns = 0;
    const tick = (): void => {
      turns++;
      if (pendingCount(store) > 0) setImmediate(tick);
    };
    setImmediate(tick);
    await annotator.idle();
    expect(annotator.status()).toEqual({ remaining: 0, failed: false });
    expect(turns).toBeGreaterThan(2); // other work ran between the batches
  });

  test('a failing analyser stops it, and the status says so', async () => {
    const store = pending(3);
    const annotator = new BackgroundAnnotator(store, () => {
      throw new Error('no model');
    });
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    annotator.kick();
    await annotator.idle();
    spy.mockRestore();
    expect(annotator.status()).toEqual({ remaining: 3, failed: true });
  });
});

describe('GET /corpus on a store with pending items', () => {
  test('says how many are pending, and leaves the work to the background (the GET annotated at most a batch)', async () => {
    const store = pending(400);
    // 2 ms an item: the background needs most of a second, a batch 50 ms
    const slow = (text: string) => {
      const until = Date.now() + 2;
      while (Date.now() < until);
      return fixtureAnalyze(text);
    };
    const app = createApp({ analyze: slow, store });
    const res = await request(app).get('/corpus').expect(200);
    const left = Number(/(\d+) items are not annotated yet and are left out of the figures; they are being annotated in the background/.exec(res.text)?.[1]);
    expect(left).toBeGreaterThan(100);
  });
});
