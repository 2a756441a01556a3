// Draws the candidates of the real-text euphemism gold, reproducibly (seeded):
//   npm run build && node dist/eval/euphemism-real/sample.js [--mirrors DIR] [--out FILE] [--cap N] [--stats] [--force]
// It will not overwrite an existing --out (by default the labelled round's candidates.jsonl)
// without --force: the draw depends on the lexicon of the day, so a later run is a new round.
//
// A candidate is one occurrence of a lexicon wording in a sentence or headline we did not
// write, found by a matcher over the shipped lexicon with every context condition removed:
// it says which phrase occurs, not whether the tool flags it (eval/euphemism-real.ts measures
// that, against the hand labels of gold.jsonl). Overlaps are resolved as the tool does
// (longest first), so a candidate is the wording the tool would consider at that place.
//
// Pools (each item with its locator: repository, path, line, and sentence id for treebanks):
//   ewt         UD English EWT train and dev (../shared/data/ud-english-ewt), web text;
//   gum         UD English GUM train and dev from a fetched mirror of
//               UniversalDependencies/UD_English-GUM: dev from en_gum-ud-dev.conllu; train from
//               not-to-release/sources/<doc>.conllu for the train documents of
//               eval/data/euphemism-real/gum-splits.json (the release train file is not in the
//               snapshot). Test documents are never read;
//   rss2025     world-news RSS titles of 2025 already in the project (eval/data/real/pool-rss2025.jsonl);
//   cnn-live    CNN live-page post titles (cnn-news-israel-hamas-war.txt) and
//   bbc-google  Google News results for BBC and Gaza (googlenews-bbc-gaza.txt), both from a
//               fetched mirror of evgeny-kolonsky/gaza-news, read as eval/real/gaza_news.py does;
//   reuters     Reuters-21578 (Reuters newswire of 1987: headlines and article sentences), the
//               22 original reut2-*.sgm files as kept in a fetched mirror of loki86/ksr_zadanie1V2
//               (reut2-003-full.sgm there is the original reut2-003; the repository's other
//               .sgm files are its owner's edits and are not read). Mostly economic news: many
//               ordinary uses of words such as "liquidate", "retaliation" or "clashes";
//   conll2003   the CoNLL-2003 English NER sentences (Reuters news of August 1996: Chechnya,
//               Burundi, the Middle East...), train and dev (eng.train, eng.testa; never
//               eng.testb) from a fetched mirror of imabhivaibhav/NER. The files hold one token
//               a line; sentences are rebuilt with spaces between tokens, closed up before
//               punctuation and clitics (detokenize below), so their text is that rebuilding.
// Texts are deduplicated (case and punctuation ignored) in that pool order. Per entry at most
// CAP candidates are drawn: each pool's occurrences are shuffled by a generator seeded with the
// entry id, then pools take turns, so frequent words and big pools do not dominate and adding
// an entry does not change the draw of the others. Split dev/test by a hash of the id.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { mulberry32, shuffle } from '../../src/corpus/review/sample';
import { LexiconMatcher, loadLexicon, wordView } from '../../src/lexicon';
import type { Lexicon } from '../../src/lexicon';
import { splitSentences } from '../../src/nlp/sentences';
import { tokenize } from '../../src/nlp/tokenize';
import { PACKAGE_ROOT } from '../../src/paths';
import type { Token } from '../../src/types';
import { sharedData } from '../data';
import { CANDIDATES_FILE, EUPHEMISM_REAL_DIR, type Candidate, type Locator, type Pool, POOLS, splitOf } from './gold';

export const SEED = 20251202;
export const CAP = 25;

export interface PoolItem {
  pool: Pool;
  text: string;
  locator: Locator;
}

/** The shipped lexicon with every context condition removed: every wording matches everywhere. */
export function contextFreeMatcher(lex: Lexicon = loadLexicon()): LexiconMatcher {
  return new LexiconMatcher({ ...lex, entries: lex.entries.map((e) => ({ ...e, context: {} })) });
}

export interface Occurrence {
  entry: string;
  category: string;
  start: number;
  end: number;
}

/** Every wording in a text, through the project's tokenizer and sentence splitter (no tagger: no condition reads tags). */
export function occurrences(text: string, matcher: LexiconMatcher): Occurrence[] {
  const out: Occurrence[] = [];
  for (const sentence of splitSentences(text, tokenize(text))) {
    const tokens: Token[] = sentence.tokens.map((t) => ({ ...t, lower: t.text.toLowerCase(), tag: '' }));
    const view = wordView(tokens);
    for (const m of matcher.match(view)) {
      out.push({
        entry: m.entry.id,
        category: m.entry.category,
        start: (view.tokens[m.start] as Token).start,
        end: (view.tokens[m.end - 1] as Token).end,
      });
    }
  }
  return out;
}

// ---- pools ---------------------------------------------------------------------------------

class Mirror {
  constructor(
    readonly dir: string,
    readonly repo: string,
  ) {}

  private git(...args: string[]): string {
    return execFileSync('git', ['--git-dir', this.dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  }

  show(path: string): string {
    return this.git('show', `HEAD:${path}`);
  }

  commit(): string {
    return this.git('rev-parse', 'HEAD').trim();
  }

  list(folder: string): string[] {
    return this.git('ls-tree', '--name-only', 'HEAD', `${folder}/`).split('\n').filter((l) => l !== '');
  }
}

function mirrorOf(root: string, repo: string): Mirror {
  return new Mirror(join(root, repo.replace('/', '+'), 'repo'), repo);
}

/** `# text` lines of a CoNLL-U file with their sentence ids and 1-based line numbers. */
function conlluTexts(source: string): Array<{ text: string; line: number; sentId: string }> {
  const out: Array<{ text: string; line: number; sentId: string }> = [];
  let sentId = '';
  source.split('\n').forEach((line, i) => {
    if (line.startsWith('# sent_id = ')) sentId = line.slice('# sent_id = '.length).trim();
    if (line.startsWith('# text = ')) out.push({ text: line.slice('# text = '.length).trim(), line: i + 1, sentId });
  });
  return out;
}

function ewtItems(): PoolItem[] {
  const items: PoolItem[] = [];
  for (const file of ['en_ewt-ud-train.conllu', 'en_ewt-ud-dev.conllu']) {
    for (const s of conlluTexts(readFileSync(sharedData('ud-english-ewt', file), 'utf8'))) {
      items.push({ pool: 'ewt', text: s.text, locator: { repo: 'UniversalDependencies/UD_English-EWT', path: file, line: s.line, sent_id: s.sentId } });
    }
  }
  return items;
}

interface GumSplits {
  train: string[];
  test: string[];
}

function gumItems(root: string): PoolItem[] {
  const mirror = mirrorOf(root, 'UniversalDependencies/UD_English-GUM');
  const commit = mirror.commit();
  const splits = JSON.parse(readFileSync(join(EUPHEMISM_REAL_DIR, 'gum-splits.json'), 'utf8')) as GumSplits;
  const test = new Set([...splits.test, ...mirror.show('not-to-release/file-lists/files.test').split(/\s+/).filter((d) => d !== '')]);
  const items: PoolItem[] = [];
  const add = (path: string, source: string): void => {
    for (const s of conlluTexts(source)) {
      items.push({ pool: 'gum', text: s.text, locator: { repo: mirror.repo, commit, path, line: s.line, sent_id: s.sentId } });
    }
  };
  const devPath = 'en_gum-ud-dev.conllu';
  const dev = mirror.show(devPath);
  const devDocs = new Set([...dev.matchAll(/^# newdoc id = (\S+)/gm)].map((m) => m[1] as string));
  add(devPath, dev);
  const sources = new Set(mirror.list('not-to-release/sources'));
  for (const doc of splits.train) {
    if (test.has(doc) || devDocs.has(doc)) continue;
    const path = `not-to-release/sources/${doc}.conllu`;
    if (sources.has(path)) add(path, mirror.show(path));
  }
  return items;
}

function rss2025Items(): PoolItem[] {
  const path = join(PACKAGE_ROOT, 'eval', 'data', 'real', 'pool-rss2025.jsonl');
  const items: PoolItem[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      const item = JSON.parse(line) as { text: string; outlet: string; date: string; url: string; source: Locator };
      items.push({
        pool: 'rss2025',
        text: item.text,
        locator: { ...item.source, outlet: item.outlet, date: item.date, url: item.url, pool_file: relative(PACKAGE_ROOT, path), pool_line: i + 1 },
      });
    });
  return items;
}

const GAZA_NEWS = 'evgeny-kolonsky/gaza-news';
const BOILER = /^(What we covered|All$|Our live coverage|The latest|Catch up|Live updates)/i;

/** CNN live-page post titles, navigation dropped (eval/real/gaza_news.py, cnn_live). */
function cnnLiveItems(root: string): PoolItem[] {
  const mirror = mirrorOf(root, GAZA_NEWS);
  const commit = mirror.commit();
  const path = 'cnn-news-israel-hamas-war.txt';
  const items: PoolItem[] = [];
  let date: string | null = null;
  let url: string | null = null;
  mirror
    .show(path)
    .split('\n')
    .forEach((line, i) => {
      const cols = line.split('\t');
      if (cols.length === 2 && cols[0]) {
        [date, url] = cols as [string, string];
        return;
      }
      const m = /^\d+\.\s+(.*)$/.exec((cols[cols.length - 1] ?? '').trim());
      if (!m) return;
      const text = (m[1] as string).trim();
      if (BOILER.test(text) || text.split(/\s+/).length < 4) return;
      items.push({ pool: 'cnn-live', text, locator: { repo: GAZA_NEWS, commit, path, line: i + 1, date, url } });
    });
  return items;
}

/** Google News results, " - Publisher" dropped (eval/real/gaza_news.py, google_news). */
function bbcGoogleItems(root: string): PoolItem[] {
  const mirror = mirrorOf(root, GAZA_NEWS);
  const commit = mirror.commit();
  const path = 'googlenews-bbc-gaza.txt';
  const items: PoolItem[] = [];
  mirror
    .show(path)
    .split('\n')
    .forEach((line, i) => {
      const cols = line.split('\t');
      if (cols.length < 4) return;
      const [date, publisher, title, url] = cols as [string, string, string, string];
      const suffix = ` - ${publisher}`;
      const text = (title.toLowerCase().endsWith(suffix.toLowerCase()) ? title.slice(0, -suffix.length) : title).trim();
      if (text === '') return;
      items.push({ pool: 'bbc-google', text, locator: { repo: GAZA_NEWS, commit, path, line: i + 1, date, publisher, url } });
    });
  return items;
}

const REUTERS = 'loki86/ksr_zadanie1V2';
const REUTERS_FILES = Array.from({ length: 22 }, (_, i) => `reut2-${String(i).padStart(3, '0')}${i === 3 ? '-full' : ''}.sgm`);

function sgmlText(raw: string): string {
  return raw
    .replace(/&#\d+;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Reuters-21578: each story's TITLE, and its BODY cut into sentences by the project's splitter. */
function reutersItems(root: string): PoolItem[] {
  const mirror = mirrorOf(root, REUTERS);
  const commit = mirror.commit();
  const items: PoolItem[] = [];
  for (const path of REUTERS_FILES) {
    const lines = mirror.show(path).split('\n');
    let newid = '';
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string;
      const story = /<REUTERS [^>]*NEWID="(\d+)"/.exec(line);
      if (story) newid = story[1] as string;
      const title = /<TITLE>(.*?)<\/TITLE>/.exec(line);
      if (title) {
        const text = sgmlText(title[1] as string).replace(/\s+/g, ' ').trim();
        if (text !== '') items.push({ pool: 'reuters', text, locator: { repo: REUTERS, commit, path, line: i + 1, newid, part: 'title' } });
      }
      const at = line.indexOf('<BODY>');
      if (at < 0) continue;
      // The body, lines joined with spaces (the splitter would cut at every line break), with
      // the line each character came from.
      let body = '';
      const lineOf: number[] = [];
      for (let j = i; j < lines.length; j++) {
        let part = lines[j] as string;
        if (j === i) part = part.slice(at + '<BODY>'.length);
        const end = part.indexOf('</BODY>');
        if (end >= 0) part = part.slice(0, end);
        const clean = sgmlText(part) + ' ';
        body += clean;
        for (let k = 0; k < clean.length; k++) lineOf.push(j + 1);
        if (end >= 0) {
          i = j;
          break;
        }
      }
      body = body.replace(/\s+Reuter\s*$/, ' ');
      for (const s of splitSentences(body, tokenize(body))) {
        const text = body.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
        if (text.split(' ').length < 4) continue;
        items.push({ pool: 'reuters', text, locator: { repo: REUTERS, commit, path, line: lineOf[s.start] as number, newid, part: 'body' } });
      }
    }
  }
  return items;
}

const CONLL = 'imabhivaibhav/NER';

/** Tokens back to text: a space between tokens, none before closing punctuation and clitics, none after opening brackets. */
export function detokenize(tokens: readonly string[]): string {
  let out = '';
  let quoteOpen = false;
  let glueNext = false;
  for (const token of tokens) {
    let glue = glueNext || out === '';
    glueNext = false;
    if (/^[.,;:!?%)\]}]$|^\.\.\.$|^'(s|re|ve|ll|d|m)$|^n't$|^'$/i.test(token)) glue = true;
    if (token === '"') {
      if (quoteOpen) glue = true;
      else glueNext = true;
      quoteOpen = !quoteOpen;
    }
    if (/^[([{$]$/.test(token)) glueNext = true;
    out += (glue ? '' : ' ') + token;
  }
  return out;
}

/** CoNLL-2003 sentences of at least four tokens, without the -DOCSTART- lines and datelines. */
function conllItems(root: string): PoolItem[] {
  const mirror = mirrorOf(root, CONLL);
  const commit = mirror.commit();
  const items: PoolItem[] = [];
  for (const path of ['eng.train', 'eng.testa']) {
    let tokens: string[] = [];
    let first = 0;
    const flush = (): void => {
      if (tokens.length >= 4) items.push({ pool: 'conll2003', text: detokenize(tokens), locator: { repo: CONLL, commit, path, line: first } });
      tokens = [];
    };
    mirror
      .show(path)
      .split('\n')
      .forEach((line, i) => {
        const form = line.split(' ')[0] ?? '';
        if (line.trim() === '' || form === '-DOCSTART-') return flush();
        if (tokens.length === 0) first = i + 1;
        tokens.push(form);
      });
    flush();
  }
  return items;
}

export function poolItems(mirrors: string): PoolItem[] {
  const byPool: Record<Pool, () => PoolItem[]> = {
    ewt: ewtItems,
    gum: () => gumItems(mirrors),
    rss2025: rss2025Items,
    'cnn-live': () => cnnLiveItems(mirrors),
    'bbc-google': () => bbcGoogleItems(mirrors),
    reuters: () => reutersItems(mirrors),
    conll2003: () => conllItems(mirrors),
  };
  const seen = new Set<string>();
  const out: PoolItem[] = [];
  for (const pool of POOLS) {
    for (const item of byPool[pool]()) {
      const key = item.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}

// ---- drawing -------------------------------------------------------------------------------

/** A number from a string (FNV-1a), to seed one generator per entry. */
function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

interface Found {
  item: PoolItem;
  occurrence: Occurrence;
}

export interface Draw {
  candidates: Candidate[];
  /** Occurrences per entry before the cap, and per pool. */
  found: Map<string, Map<Pool, number>>;
}

/** All occurrences in the pools, then at most `cap` per entry, pools taking turns. */
export function draw(items: readonly PoolItem[], lex: Lexicon, cap: number = CAP, seed: number = SEED): Draw {
  const matcher = contextFreeMatcher(lex);
  const byEntry = new Map<string, Found[]>();
  for (const item of items) {
    const once = new Set<string>();
    for (const occurrence of occurrences(item.text, matcher)) {
      if (once.has(occurrence.entry)) continue; // one candidate per entry and text
      once.add(occurrence.entry);
      const list = byEntry.get(occurrence.entry) ?? [];
      list.push({ item, occurrence });
      byEntry.set(occurrence.entry, list);
    }
  }
  const candidates: Candidate[] = [];
  const found = new Map<string, Map<Pool, number>>();
  for (const entry of lex.entries) {
    const all = byEntry.get(entry.id) ?? [];
    const perPool = new Map<Pool, number>();
    for (const f of all) perPool.set(f.item.pool, (perPool.get(f.item.pool) ?? 0) + 1);
    found.set(entry.id, perPool);
    const random = mulberry32(seedOf(`${seed}:${entry.id}`));
    const queues = POOLS.map((pool) => shuffle(all.filter((f) => f.item.pool === pool), random));
    const taken: Found[] = [];
    while (taken.length < cap && queues.some((q) => q.length > 0)) {
      for (const q of queues) {
        const next = q.shift();
        if (next && taken.length < cap) taken.push(next);
      }
    }
    taken.forEach(({ item, occurrence: o }, k) => {
      const id = `${entry.id}#${String(k + 1).padStart(2, '0')}`;
      candidates.push({
        id,
        split: splitOf(id),
        pool: item.pool,
        locator: item.locator,
        text: item.text,
        entry: o.entry,
        category: o.category,
        span: { start: o.start, end: o.end, text: item.text.slice(o.start, o.end) },
      });
    });
  }
  return { candidates, found };
}

function main(argv: readonly string[]): void {
  const arg = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const mirrors = arg('--mirrors') ?? '/work/.mirror';
  const out = arg('--out') ?? CANDIDATES_FILE;
  const cap = Number(arg('--cap') ?? CAP);
  if (existsSync(out) && !argv.includes('--force')) {
    process.stderr.write(`${out} exists (labelled candidates?); give another --out, or --force to overwrite\n`);
    process.exitCode = 1;
    return;
  }
  const lex = loadLexicon();
  const items = poolItems(mirrors);
  const { candidates, found } = draw(items, lex, cap);
  writeFileSync(out, candidates.map((c) => JSON.stringify(c)).join('\n') + '\n');
  const perPool = new Map<string, number>();
  for (const i of items) perPool.set(i.pool, (perPool.get(i.pool) ?? 0) + 1);
  process.stderr.write(
    `${items.length} texts (${[...perPool].map(([p, n]) => `${p} ${n}`).join(', ')}); ${lex.entries.length} entries; ` +
      `${candidates.length} candidates (${candidates.filter((c) => c.split === 'dev').length} dev) -> ${out}\n`,
  );
  if (argv.includes('--stats')) {
    for (const [entry, pools] of found) {
      const total = [...pools.values()].reduce((a, b) => a + b, 0);
      if (total > 0) process.stderr.write(`  ${entry}: ${total} (${[...pools].map(([p, n]) => `${p} ${n}`).join(', ')})\n`);
    }
  }
}

if (require.main === module) main(process.argv.slice(2));
