// The web app's pure parts: segmentation, highlights, counts, comparison table, input
// checks, links and the sample corpus.

import { readFileSync } from 'node:fs';
import { PACKAGE_ROOT } from '../src/paths';
import { join } from 'node:path';
import { loadCorpus, parseCorpus, SAMPLE_CORPUS } from '../src/web/corpus/app-corpus';
import { analyseLink, compareLink, formRows, itemsFromRows, MAX_LINK } from '../src/web/form';
import { defaultMatcher } from '../src/lexicon';
import { euphemismStyle, highlights, legend, palette } from '../src/web/highlights';
import { httpUrl, InputError, parseItems, parseText } from '../src/web/input';
import { itemMeta } from '../src/web/meta';
import { segment } from '../src/web/segments';
import { textStats } from '../src/web/stats';
import { comparisonTable } from '../src/web/table';
import { annotate } from '../src/web/view';
import type { Analysis, Annotation, EuphemismAnnotation, HarmAnnotation, PassiveAnnotation } from '../src/types';

const at = (text: string, word: string, from = 0) => {
  const start = text.indexOf(word, from);
  if (start < 0) throw new Error(`"${word}" not in "${text}"`);
  return { start, end: start + word.length, text: word };
};

function analysis(text: string, annotations: Annotation[]): Analysis {
  return { text, sentences: [], annotations, summary: { words: 0, sentences: 0, counts: {},
    passives: { full: 0, get: 0, reduced: 0, withAgent: 0, agentless: 0 } } };
}

function passive(text: string, word: string, agent: string | null = null): PassiveAnnotation {
  return { type: 'passive', rule: 'passive/test', form: agent ? 'full' : 'reduced', ...at(text, word),
    verb: at(text, word), agent: agent ? at(text, agent) : null, explanation: `“${word}” is passive.` };
}

function harm(text: string, word: string, victim: string | null, agent: string | null): HarmAnnotation {
  return { type: 'harm', rule: 'harm/test', harm: 'killing', ...at(text, word), event: at(text, word),
    victim: victim ? at(text, victim) : null, agent: agent ? at(text, agent) : null,
    agency: agent ? 'active' : 'agentless-passive', explanation: '' };
}

function euphemism(text: string, phrase: string, category: string): EuphemismAnnotation {
  return { type: 'euphemism', rule: 'euphemism/test', category, entry: phrase, alternative: 'plainer words',
    sources: [{ id: 's', title: 'A guide', url: 'javascript:alert(1)' }], contested: false, ...at(text, phrase),
    explanation: '' };
}

const SEED = 'Hundreds killed as Syria security forces battle al-Assad loyalists';

describe('segment', () => {
  test('cuts at every boundary and keeps the text whole', () => {
    const text = 'a bc def';
    const segs = segment(text, [{ start: 2, end: 8 }, { start: 5, end: 8 }]);
    expect(segs.map((s) => s.text)).toEqual(['a ', 'bc ', 'def']);
    expect(segs.map((s) => s.covering)).toEqual([[], [0], [0, 1]]);
    expect(segs.map((s) => s.ending)).toEqual([[], [], [0, 1]]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  test('handles overlapping (not nested) ranges', () => {
    const segs = segment('abcdef', [{ start: 0, end: 4 }, { start: 2, end: 6 }]);
    expect(segs.map((s) => [s.text, s.covering])).toEqual([['ab', [0]], ['cd', [0, 1]], ['ef', [1]]]);
  });

  test('ignores empty, reversed and out-of-range ranges', () => {
    const segs = segment('abc', [{ start: 2, end: 2 }, { start: 2, end: 1 }, { start: 1, end: 9 }, { start: -1, end: 1 }]);
    expect(segs).toEqual([{ start: 0, end: 3, text: 'abc', covering: [], ending: [] }]);
  });

  test('adds extra cut points', () => {
    expect(segment('abcd', [], [2]).map((s) => s.text)).toEqual(['ab', 'cd']);
  });
});

describe('highlights', () => {
  test('an agentless passive is "agent omitted"; one with a by-phrase is a passive', () => {
    const text = 'Twelve shot by police; hundreds killed.';
    const a = analysis(text, [passive(text, 'shot', 'police'), passive(text, 'killed')]);
    const hs = highlights(a, palette([a]));
    expect(hs.map((h) => [h.text, h.device, h.marker])).toEqual([['shot', 'passive', '△'], ['killed', 'agentless', '▲']]);
    expect(hs[1]?.details).toEqual(['“killed” is passive.', 'Why: passive/test.']);
  });

  test('an agentless harm event on the same verb as an agentless passive is shown once', () => {
    const a = analysis(SEED, [passive(SEED, 'killed'), harm(SEED, 'killed', 'Hundreds', null)]);
    expect(highlights(a, palette([a]))).toHaveLength(1);
  });

  test('an agentless harm event with no passive is shown; one with an agent is not', () => {
    const text = 'Two men died. Police beat them.';
    const a = analysis(text, [harm(text, 'died', 'Two men', null), harm(text, 'beat', 'them', 'Police')]);
    const hs = highlights(a, palette([a]));
    expect(hs.map((h) => [h.text, h.device])).toEqual([['died', 'agentless']]);
    expect(hs[0]?.details[0]).toBe('“died”: who did it is not said.');
  });

  test('euphemisms by category, with the same style for a category on every text', () => {
    const t1 = 'There were clashes.';
    const t2 = 'It was collateral damage after clashes.';
    const a1 = analysis(t1, [euphemism(t1, 'clashes', 'vague')]);
    const a2 = analysis(t2, [euphemism(t2, 'collateral damage', 'minimising'), euphemism(t2, 'clashes', 'vague')]);
    const colours = palette([a1, a2]);
    const style = (a: Analysis, phrase: string) => highlights(a, colours).find((h) => h.text === phrase)?.style;
    expect(style(a1, 'clashes')).toBe(style(a2, 'clashes'));
    expect(style(a2, 'clashes')).not.toBe(style(a2, 'collateral damage'));
    const h = highlights(a2, colours)[0];
    expect(h?.title).toBe('Euphemism: minimising');
    expect(h?.details).toContain('Plainer: plainer words');
    expect(h?.details).toContain('Source: A guide');
    expect(legend(colours).map((e) => e.name)).toEqual([
      'Passive, agent named', 'Agent omitted', 'Euphemism: minimising', 'Euphemism: vague']);
  });

  test('a shipped category has one shape and colour whatever else is on the page (so /compare and /corpus agree), and no two share a shape', () => {
    const text = 'It was collateral damage, a clash, a detention.';
    const only = analysis(text, [euphemism(text, 'collateral damage', 'minimising-violence')]);
    const many = analysis(text, [euphemism(text, 'a clash', 'false-symmetry'), euphemism(text, 'a detention', 'carceral'),
      euphemism(text, 'collateral damage', 'minimising-violence')]);
    const look = (a: Analysis) => {
      const h = highlights(a, palette([a])).find((x) => x.text === 'collateral damage');
      return `${h?.style} ${h?.marker}`;
    };
    expect(look(only)).toBe(look(many));
    const ids = defaultMatcher().lexicon.categories.map((c) => c.id);
    const all = analysis(text, ids.map((id) => euphemism(text, 'collateral damage', id)));
    const shapes = new Set(ids.map((id) => euphemismStyle(id, palette([all])).marker));
    expect(shapes.size).toBe(ids.length);
  });
});

test('category slugs read as words; contested entries say so', () => {
  const text = 'It was collateral damage.';
  const a = analysis(text, [{ ...euphemism(text, 'collateral damage', 'minimising-violence'), contested: true }]);
  expect(highlights(a, palette([a]))[0]?.title).toBe('Euphemism: minimising violence (contested)');
});

describe('annotate', () => {
  test('splits paragraphs at blank lines and gives every piece a unique tooltip id', () => {
    const text = 'Hundreds killed\n\nMore were killed later.';
    const second = at(text, 'killed', 10);
    const a = analysis(text, [passive(text, 'killed'), { ...passive(text, 'killed'), ...second, verb: second }]);
    const view = annotate(a, palette([a]), 'x');
    expect(view.paragraphs.map((p) => p.map((q) => q.text).join(''))).toEqual(['Hundreds killed', 'More were killed later.']);
    const ids = view.paragraphs.flat().map((p) => p.tipId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.startsWith('x-'))).toBe(true);
  });
});

describe('textStats and the comparison table', () => {
  const t1 = 'Police killed 12 protesters.';
  const t2 = 'Protesters killed in clashes.';
  const s1 = textStats(analysis(t1, [harm(t1, 'killed', '12 protesters', 'Police')]));
  const s2 = textStats(analysis(t2, [passive(t2, 'killed'), harm(t2, 'killed', 'Protesters', null),
    euphemism(t2, 'clashes', 'vague')]));

  test('counts events, who is named and euphemisms', () => {
    expect(s1.events).toEqual([
      { harm: 'killing', who: 'Police', did: 'killed', whom: '12 protesters', agency: 'active',
        responsibility: 'named as the doer: “Police”', link: 'grammatical', group: null, primary: false, voiced: null },
    ]);
    expect(s1.byLink).toEqual({ grammatical: 1, modifier: 0, clause: 0, none: 0 });
    expect(s2.events[0]?.who).toBeNull();
    expect([s1.eventsNamingAgent, s2.eventsNamingAgent, s2.agentlessPassives]).toEqual([1, 0, 1]);
    expect(s2.euphemismsByCategory).toEqual({ vague: 1 });
    expect(s2.euphemisms[0]?.sources).toEqual([{ title: 'A guide', href: null, via: null }]);
  });

  test('marks what a text leaves unsaid, never what merely differs', () => {
    const rows = comparisonTable([s1, s2]);
    const row = (label: string) => rows.find((r) => r.label === label);
    expect(row('Harm events with no doer named')?.cells).toEqual([
      { text: '0 of 1', differs: false, hidden: false }, { text: '1 of 1', differs: true, hidden: true }]);
    expect(row('Agentless passives')?.cells.map((c) => c.hidden)).toEqual([false, true]);
    expect(row('Euphemisms: vague')?.cells.map((c) => [c.text, c.hidden])).toEqual([['0', false], ['1', true]]);
    expect(row('Harm events')?.cells.map((c) => c.hidden)).toEqual([false, false]);
    const agents = row('Labels for those causing harm');
    expect(agents?.cells.map((c) => [c.text, c.hidden])).toEqual([['Police', false], ['none named', false]]);
    expect(agents?.cells[0]?.labels).toEqual([{ text: 'Police', only: true }]);
    const victims = row('Labels for those harmed')?.cells.map((c) => c.labels);
    expect(victims).toEqual([[{ text: '12 protesters', only: true }], [{ text: 'Protesters', only: true }]]);
  });

  test("quoted and attributed euphemisms are shown apart from the outlet's own, and only its own are marked", () => {
    const t5 = 'Officials spoke of “individual violations”.';
    const t6 = 'It was individual violations.';
    const quoted = { ...euphemism(t5, 'individual violations', 'minimising'), voice: 'quoted' as const, speaker: null };
    const own = { ...euphemism(t6, 'individual violations', 'minimising'), voice: 'outlet' as const, speaker: null };
    const rows = comparisonTable([textStats(analysis(t5, [quoted])), textStats(analysis(t6, [own]))]);
    const row = rows.find((r) => r.label === 'Euphemisms: minimising');
    expect(row?.cells.map((c) => [c.text, c.hidden])).toEqual([['0 (+1 quoted or attributed)', false], ['1', true]]);
    expect(textStats(analysis(t5, [quoted])).euphemisms[0]?.voiced).toBe('quoted');
  });

  test('numbers are not labels, and a text with no harm events says so', () => {
    const t3 = 'Hundreds killed.';
    const s3 = textStats(analysis(t3, [harm(t3, 'killed', 'Hundreds', null)]));
    const s4 = textStats(analysis('Talks resumed.', []));
    const rows = comparisonTable([s3, s4]);
    expect(rows.find((r) => r.label === 'Labels for those harmed')?.cells.map((c) => c.text)).toEqual(['none named', 'none named']);
    expect(rows.find((r) => r.label === 'Harm events with no doer named')?.cells[1]?.text).toBe('no harm events to compare');
    expect(rows.find((r) => r.label === 'Who is held responsible, by event')?.cells.map((c) => c.text)).toEqual(['no party 1', 'no harm events']);
  });
});

describe('input', () => {
  test('text: required, a string, not blank, at most 20,000 characters (413 beyond)', () => {
    expect(parseText('ok')).toBe('ok');
    expect(() => parseText(undefined)).toThrow('text is missing');
    expect(() => parseText(3)).toThrow('text must be a string');
    expect(() => parseText('  ')).toThrow('text is empty');
    const long = (() => {
      try {
        parseText('x'.repeat(20_001));
      } catch (e) {
        return e;
      }
    })();
    expect(long).toBeInstanceOf(InputError);
    expect((long as InputError).status).toBe(413);
  });

  test('items: 2 to 8, each with outlet and text; date and http(s) url optional', () => {
    const ok = { outlet: 'A', text: 't' };
    expect(parseItems([ok, { ...ok, date: '2025-03-08', url: 'https://example.org/a' }])).toEqual([
      { outlet: 'A', text: 't', date: null, url: null },
      { outlet: 'A', text: 't', date: '2025-03-08', url: 'https://example.org/a' }]);
    expect(() => parseItems({})).toThrow('items must be an array');
    expect(() => parseItems([ok])).toThrow('needs 2 to 8 texts, got 1');
    expect(() => parseItems(Array(9).fill(ok))).toThrow('got 9');
    expect(() => parseItems([ok, { text: 't' }])).toThrow('items[1].outlet is missing');
    expect(() => parseItems([ok, { outlet: 'B' }])).toThrow('items[1].text is missing');
    expect(() => parseItems([ok, { ...ok, url: 'javascript:alert(1)' }])).toThrow('items[1].url must be an http');
    expect(() => parseItems([ok, { ...ok, date: 'yesterday' }])).toThrow('items[1].date must look like');
    expect(() => parseItems([ok, 'x'])).toThrow('items[1] must be an object');
  });

  test('httpUrl accepts only http and https', () => {
    expect(httpUrl('https://example.org/')?.href).toBe('https://example.org/');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'ftp://x', '//x', 'not a url']) {
      expect(httpUrl(bad)).toBeNull();
    }
  });

  test('itemMeta links only http(s) URLs', () => {
    expect(itemMeta({ outlet: 'A', text: 't', date: null, url: 'https://www.example.org/x' }))
      .toMatchObject({ href: 'https://www.example.org/x', host: 'example.org' });
    expect(itemMeta({ outlet: 'A', text: 't', date: null, url: 'javascript:alert(1)' }))
      .toMatchObject({ href: null, url: 'javascript:alert(1)' });
  });
});

describe('form rows and shareable links', () => {
  test('form rows round-trip through a compare link', () => {
    const items = [
      { outlet: 'The Example Herald', text: 'Police kill 12', date: '2024-05-14', url: 'https://example.org/a?b=1&c=2' },
      { outlet: 'Sample Daily', text: '12 dead & more', date: null, url: null },
    ];
    const href = compareLink(items) as string;
    const query = Object.fromEntries(new URLSearchParams(href.split('?')[1]));
    expect(itemsFromRows(formRows(query))).toEqual(items);
  });

  test('form errors name the row as the form shows it', () => {
    const rows = formRows({ outlet1: 'A', text1: 'x', text3: 'y' });
    expect(() => itemsFromRows(rows)).toThrow('Text 3: outlet is missing');
  });

  test('no link when it would be too long', () => {
    expect(analyseLink(SEED)).toBe('/?text=Hundreds+killed+as+Syria+security+forces+battle+al-Assad+loyalists');
    expect(analyseLink('x'.repeat(MAX_LINK))).toBeNull();
  });
});

describe('corpus', () => {
  test('rejects malformed lines and duplicate ids, naming the line', () => {
    expect(() => parseCorpus('{"id":"a"}', 'c.jsonl')).toThrow('c.jsonl:1: "outlet" must be a string');
    const line = JSON.stringify({ id: 'a', outlet: 'o', date: '2024-01-01', url: null, headline: 'h', text: '', event: 'e', language: 'en' });
    expect(() => parseCorpus(`${line}\n\n${line}`, 'c.jsonl')).toThrow('c.jsonl:3: id "a" is used twice');
  });

  test('the sample: several events with 3 to 5 outlets, honest about what is real', () => {
    const corpus = loadCorpus();
    const real = corpus.items.filter((i) => !i.illustrative);
    // the seed headline, verbatim
    expect(real).toContainEqual(expect.objectContaining({
      outlet: 'Al Jazeera', date: '2025-03-08', headline: SEED, text: '', url_unverified: true }));
    // every real item has its source: a URL, and where the public copy was read (issue 19)
    for (const item of real.filter((i) => i.id !== 'aljazeera-2025-03-08-syria')) {
      expect(item.url).toMatch(/^https?:\/\//);
      expect(item.metadata?.via).toMatch(/^(evgeny-kolonsky\/gaza-news|rumca-js\/RSS-Link-Database-2025) \S+ line \d+ \(commit [0-9a-f]{12}\)/);
      // headlines, with at most two sentences of body text
      expect(item.text.split(/(?<=[.!?])\s+(?=[A-Z"“‘])/).filter(Boolean).length).toBeLessThanOrEqual(2);
    }
    // the event that started the project comes first, with at least three real outlets
    expect(corpus.events[0]?.id).toBe('syria-coast-2025-03');
    expect(new Set(corpus.events[0]?.items.map((i) => i.outlet)).size).toBeGreaterThanOrEqual(3);
    // the real events come first, before any illustrative one
    const firstIllustrative = corpus.items.findIndex((i) => i.illustrative);
    expect(corpus.items.slice(firstIllustrative).every((i) => i.illustrative)).toBe(true);
    expect(corpus.events.slice(0, 3).every((e) => e.items.every((i) => !i.illustrative))).toBe(true);
    // no fictional outlet stands without the illustrative mark
    const fictitious = /Example|Sample|Placeholder|Demo|Illustrative/;
    for (const item of corpus.items.filter((i) => i.illustrative)) expect(item.outlet).toMatch(fictitious);
    for (const item of real) expect(item.outlet).not.toMatch(fictitious);
    // docs/sample.md lists every source
    const listed = readFileSync(join(PACKAGE_ROOT, 'docs', 'sample.md'), 'utf8');
    for (const item of real) expect(listed).toContain(String(item.metadata?.via ?? item.headline));
    const compared = corpus.events.filter((e) => e.items.length > 1);
    expect(compared.length).toBeGreaterThanOrEqual(3);
    for (const e of compared) {
      expect(e.items.length).toBeGreaterThanOrEqual(3);
      expect(e.items.length).toBeLessThanOrEqual(5);
      expect(new Set(e.items.map((i) => i.outlet)).size).toBe(e.items.length);
    }
    expect(readFileSync(SAMPLE_CORPUS, 'utf8')).toContain('individual violations');
  });
});
