// The corpus page's slow parts on a large store (src/web/corpus/later.ts): the page is
// answered without them, they are worked out off the request, kept until the store changes,
// and worked out again after it changes. (The worker-thread path needs dist/ and a store
// file: npm run bench:corpus-page measures it on 100,000 headlines.)

import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Suggestion } from '../src/corpus/stats/suggest';
import { workedOut } from '../src/web/corpus/later';
import { addItems } from '../src/corpus/store/items';
import { storeWith } from './fixtures/corpus/store';
import { CorpusStore } from '../src/corpus/store/store';

const HEADLINES = ['Troops fire on marchers in the capital', 'Troops fire on marchers in capital, dozens hurt', 'Harvest festival opens'];

function store() {
  return storeWith(HEADLINES.map((headline, i) => ({ record: { id: `l${i}`, outlet: i % 2 ? 'B' : 'A', date: '2024-05-01', headline, text: '' } })));
}

test('small: worked out for the request itself', () => {
  const s = store();
  expect(workedOut(s, { name: 'suggestions' }, true)).toEqual([expect.objectContaining({ items: expect.any(Array) })]);
});

test('large: null at first, then kept; after the store changes, null again until worked out anew', async () => {
  const s = store();
  expect(workedOut(s, { name: 'suggestions' }, false)).toBeNull();
  expect(workedOut(s, { name: 'suggestions' }, false)).toBeNull();
  await nextTurn();
  const first = workedOut<Suggestion[]>(s, { name: 'suggestions' }, false);
  expect(first?.[0]?.items).toHaveLength(2);
  s.write(() => addItems(s, [{ item: { id: 'l9', outlet: 'C', date: '2024-05-01', url: null, headline: 'Troops fire on marchers in the capital again', text: '', event: null, language: null }, source: 'test' }]));
  expect(workedOut(s, { name: 'suggestions' }, false)).toBeNull();
  await nextTurn();
  expect(workedOut<Suggestion[]>(s, { name: 'suggestions' }, false)?.[0]?.items).toHaveLength(3);
});

test('the distinctive words are a job too, per filter', async () => {
  const s = store();
  expect(workedOut(s, { name: 'words', filters: { outlet: 'A' } }, false)).toBeNull();
  await nextTurn();
  expect(workedOut(s, { name: 'words', filters: { outlet: 'A' } }, false)).toEqual(expect.any(Array));
  expect(workedOut(s, { name: 'words', filters: {} }, false)).toBeNull();
});

test('an in-memory store reaches a worker as a copy of its image, which reads the same', () => {
  const s = store();
  const copy = CorpusStore.fromImage(s.db.serialize());
  const count = (x: CorpusStore): unknown => x.db.prepare('SELECT count(*) AS n FROM items').get();
  expect(count(copy)).toEqual(count(s));
  expect(workedOut(copy, { name: 'suggestions' }, true)).toEqual(workedOut(s, { name: 'suggestions' }, true));
  copy.close();
});
