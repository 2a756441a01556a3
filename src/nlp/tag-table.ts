// The tag lexicon (./tag-lexicon.ts) as typed arrays (issue 15): parsing its JSON built an
// object of 75,000 keys and took 110 ms or more at every start; this form is read with no
// parsing and looked up with no string made. Written to .cache/ (./cache-file.ts) from the
// shipped .json.gz, whose sha-256 it keeps, and with the sha-256 of its own bytes, so a stale
// or damaged table is never used.
//
// Layout: "FRMTL001", the sha-256 of all that follows it (32 bytes), u32 header length, header
// JSON, zero padding to a multiple of 4, then the body: an open-addressing hash
// table of Int32 slots (word index + 1; 0: empty), Int32 word starts (words + 1), Uint16 tag
// set per word (sorted tags, then the likeliest first), the words' UTF-16 code units.

import { createHash } from 'node:crypto';

const MAGIC = 'FRMTL001';

/** data/tag-lexicon/penn-tags.json.gz (data/tag-lexicon/README.md). */
export interface TagLexiconFile {
  source?: string;
  /** Lower-case word form → its tags, sorted and joined by "/". */
  tags: Record<string, string>;
  /** The same tags, the likeliest first, for the word forms where that order is not the alphabetical one. */
  byLikelihood?: Record<string, string>;
}

interface Header {
  /** sha-256 (hex) of the .json.gz the table was written from. */
  source: string;
  /** Every tag set ("NN/VBD/VBN"), by index. */
  tagSets: string[];
  words: number;
  slots: number;
  units: number;
}

/** FNV-1a over a word's UTF-16 code units. */
function hashOf(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The digest's bytes follow the magic; it covers everything after it. */
const DIGEST_AT = 8;
const HASHED_FROM = DIGEST_AT + 32;
/** Bytes before the header's JSON: the magic, the digest, the JSON's length. */
const PREFIX = HASHED_FROM + 4;

/** Where the header's JSON ends and the body starts: 4-aligned. */
const bodyStart = (jsonLength: number): number => PREFIX + jsonLength + ((4 - ((PREFIX + jsonLength) % 4)) % 4);

const digestOf = (bytes: Uint8Array): Buffer => createHash('sha256').update(bytes).digest();

interface Sections {
  table: Int32Array;
  starts: Int32Array;
  sets: Uint16Array;
  chars: Uint16Array;
}

/** The body's size in bytes. */
const bodyBytes = ({ slots, words, units }: Pick<Header, 'slots' | 'words' | 'units'>): number => 4 * (slots + words + 1) + 2 * (2 * words + units);

/** The body's parts, viewed in `body` (4-aligned). */
function sectionsOf(body: Uint8Array, { slots, words, units }: Pick<Header, 'slots' | 'words' | 'units'>): Sections {
  const { buffer, byteOffset: at } = body;
  const sets = new Uint16Array(buffer, at + 4 * (slots + words + 1), 2 * words);
  return {
    table: new Int32Array(buffer, at, slots),
    starts: new Int32Array(buffer, at + 4 * slots, words + 1),
    sets,
    chars: new Uint16Array(buffer, sets.byteOffset + sets.byteLength, units),
  };
}

/** The table of `file`, from the .json.gz whose sha-256 is `source`. */
export function encodeTagTable(file: TagLexiconFile, source: string): Buffer {
  const words = Object.keys(file.tags);
  const ordered = file.byLikelihood ?? {};
  const tagSets: string[] = [];
  const setIndex = new Map<string, number>();
  const indexOf = (tags: string): number => {
    if (!setIndex.has(tags)) setIndex.set(tags, tagSets.push(tags) - 1);
    return setIndex.get(tags) as number;
  };
  let slots = 16;
  while (slots < words.length * 1.5) slots *= 2;
  const size = { slots, words: words.length, units: words.reduce((n, w) => n + w.length, 0) };
  const body = new Uint8Array(bodyBytes(size));
  const { table, starts, sets, chars } = sectionsOf(body, size);
  let at = 0;
  words.forEach((word, i) => {
    let s = hashOf(word) & (slots - 1);
    while (table[s] !== 0) s = (s + 1) & (slots - 1);
    table[s] = i + 1;
    starts[i] = at;
    for (let k = 0; k < word.length; k++) chars[at++] = word.charCodeAt(k);
    const sorted = file.tags[word] as string;
    sets[2 * i] = indexOf(sorted);
    sets[2 * i + 1] = indexOf(Object.hasOwn(ordered, word) ? (ordered[word] as string) : sorted);
  });
  starts[words.length] = at;
  if (tagSets.length > 0xffff) throw new Error('too many tag sets for a tag table');
  const header: Header = { source, tagSets, ...size };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const head = Buffer.alloc(bodyStart(json.length));
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, PREFIX - 4);
  json.copy(head, PREFIX);
  const bytes = Buffer.concat([head, body]);
  digestOf(bytes.subarray(HASHED_FROM)).copy(bytes, DIGEST_AT);
  return bytes;
}

/** The lexicon read from its table: the same tags as the JSON file gives. */
export class TagTable {
  private readonly tagSets: string[];
  private readonly mask: number;
  private readonly table: Int32Array;
  private readonly starts: Int32Array;
  private readonly sets: Uint16Array;
  private readonly chars: Uint16Array;
  /** Per tag set, its tags, split on first use. */
  private readonly splitSets: Array<ReadonlySet<string> | undefined> = [];

  /** Throws when `buffer` is no table, is damaged, or was written from another source than `source`. */
  constructor(buffer: Buffer, source: string) {
    if (buffer.length < PREFIX || buffer.toString('latin1', 0, 8) !== MAGIC) throw new Error('not a framing tag table');
    if (!digestOf(buffer.subarray(HASHED_FROM)).equals(buffer.subarray(DIGEST_AT, HASHED_FROM))) throw new Error('damaged tag table');
    const length = buffer.readUInt32LE(PREFIX - 4);
    const header = JSON.parse(buffer.toString('utf8', PREFIX, PREFIX + length)) as Header;
    if (header.source !== source) throw new Error('tag table written from another lexicon file');
    const at = bodyStart(length);
    // viewed in place (a file as read starts its own memory), copied when not 4-aligned
    const body = (buffer.byteOffset + at) % 4 === 0 ? buffer.subarray(at) : new Uint8Array(buffer.subarray(at));
    if (body.length !== bodyBytes(header)) throw new Error('damaged tag table');
    this.tagSets = header.tagSets;
    this.mask = header.slots - 1;
    ({ table: this.table, starts: this.starts, sets: this.sets, chars: this.chars } = sectionsOf(body, header));
  }

  /** A word form's tags, sorted ("NN/VBD/VBN"), or "-" when the lexicon lacks it. */
  sorted(lower: string): string {
    const i = this.find(lower);
    return i < 0 ? '-' : (this.tagSets[this.sets[2 * i] as number] as string);
  }

  /** Whether the word form's tags include `tag`: one look-up, no string split (issue 15: the tagger asks it of every closed-class tag). */
  allows(lower: string, tag: string): boolean {
    const i = this.find(lower);
    if (i < 0) return false;
    const set = this.sets[2 * i] as number;
    let tags = this.splitSets[set];
    if (tags === undefined) tags = this.splitSets[set] = new Set((this.tagSets[set] as string).split('/'));
    return tags.has(tag);
  }

  /** A word form's tags, the likeliest first, or "-". */
  likeliestFirst(lower: string): string {
    const i = this.find(lower);
    return i < 0 ? '-' : (this.tagSets[this.sets[2 * i + 1] as number] as string);
  }

  /** The index of `word`, or -1. */
  private find(word: string): number {
    for (let s = hashOf(word) & this.mask; ; s = (s + 1) & this.mask) {
      const entry = this.table[s] as number;
      if (entry === 0) return -1;
      if (this.is(entry - 1, word)) return entry - 1;
    }
  }

  private is(i: number, word: string): boolean {
    const start = this.starts[i] as number;
    if ((this.starts[i + 1] as number) - start !== word.length) return false;
    for (let k = 0; k < word.length; k++) if (this.chars[start + k] !== word.charCodeAt(k)) return false;
    return true;
  }
}
