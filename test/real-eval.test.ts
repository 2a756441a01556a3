// The real-text gold (eval/data/real/gold.jsonl) is whole and traceable, and its scoring
// counts what it says it counts.

import { readRealGold, type RealGoldItem } from '../eval/real-gold';
import { emptyCounts, sameHead, scoreItem, sharesWord, type RealReading } from '../eval/real-score';

const items = readRealGold();

describe('eval/data/real/gold.jsonl', () => {
  test('at least 800 headlines and 300 article sentences, split dev/test', () => {
    const headlines = items.filter((i) => i.kind === 'headline');
    const sentences = items.filter((i) => i.kind === 'sentence');
    expect(headlines.length).toBeGreaterThanOrEqual(800);
    expect(sentences.length).toBeGreaterThanOrEqual(300);
    for (const split of ['dev', 'test']) expect(items.filter((i) => i.split === split).length).toBeGreaterThan(500);
  });

  test('every item keeps its locator, and every labelled span is in its text', () => {
    for (const item of items) {
      expect(item.source).toEqual(expect.objectContaining({ repo: expect.any(String), commit: expect.stringMatching(/^[0-9a-f]{40}$/), path: expect.any(String) }));
      const spans = [...item.events, item.primary, item.victim, item.responsibility?.party ?? null, ...item.passives.flatMap((p) => [p.verb, p.agent])];
      for (const span of spans) if (span !== null) expect(item.text).toContain(span);
    }
  });

  test('harm fields are set exactly when the item reports harm', () => {
    for (const item of items) {
      expect(item.primary !== null).toBe(item.harm);
      expect(item.device !== null).toBe(item.harm);
      expect(item.responsibility !== null).toBe(item.harm);
    }
  });
});

describe('scoring', () => {
  test.each([
    ['Hundreds', 'Hundreds', true],
    ['Three Palestinians', 'Palestinians', true],
    ['7 aid workers', '7 aid', false],
    [null, null, true],
    [null, 'Gaza', false],
  ] as Array<[string | null, string | null, boolean]>)('victim %s against %s: same head %s', (gold, predicted, expected) => {
    expect(sameHead(gold, predicted)).toBe(expected);
  });

  test.each([
    ['Israeli', 'Israeli forces', true],
    ['police', 'army', false],
    [null, null, true],
  ] as Array<[string | null, string | null, boolean]>)('party %s against %s: shares a word %s', (gold, predicted, expected) => {
    expect(sharesWord(gold, predicted)).toBe(expected);
  });

  const item: RealGoldItem = {
    id: 't1', split: 'dev', kind: 'headline', text: 'Israeli strike kills 19 in Gaza', harm: true, events: ['kills'], primary: 'kills',
    cause: 'violence', agentNamed: false, device: 'nominalization', responsibility: { link: 'modifier', party: 'Israeli' },
    victim: '19', nationality: 'palestinian', role: null, passives: [], note: '', source: {},
  };
  const kills = { start: 15, end: 20, text: 'kills' };

  test('a right reading counts every field right', () => {
    const counts = emptyCounts();
    const reading: RealReading = {
      events: [kills],
      primary: { event: kills, device: 'nominalization', agentNamed: false, link: 'modifier', party: 'Israeli', victim: '19', nationality: 'palestinian', role: null, cause: 'violence' },
      passives: [],
    };
    scoreItem(counts, item, reading);
    expect(counts.tp).toBe(1);
    expect(Object.values(counts.right).every((n) => n === 1)).toBe(true);
    expect(counts.wrong).toEqual([]);
  });

  test('a missed harm is a false negative and scores no field', () => {
    const counts = emptyCounts();
    scoreItem(counts, item, { events: [], primary: null, passives: [] });
    expect([counts.tp, counts.fn, counts.both]).toEqual([0, 1, 0]);
    expect(counts.wrong[0]?.fields).toEqual(['harm (missed)']);
  });

  test('a wrong link and device are counted wrong, the coarse class right', () => {
    const counts = emptyCounts();
    scoreItem(counts, item, {
      events: [kills],
      primary: { event: kills, device: 'instrument', agentNamed: false, link: 'clause', party: 'Israeli', victim: '19', nationality: 'palestinian', role: null, cause: 'violence' },
      passives: [],
    });
    expect(counts.right.device).toBe(0);
    expect(counts.right.coarse).toBe(1);
    expect(counts.right.link).toBe(0);
  });
});
