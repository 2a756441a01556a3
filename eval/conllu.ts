// Reads CoNLL-U (Universal Dependencies) files: sentences with their text and tokens,
// each token aligned to its character offsets in the sentence text.

import { readFileSync } from 'node:fs';

export interface UdToken {
  /** 1-based id in the sentence. */
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: Record<string, string>;
  head: number;
  deprel: string;
  /** UTF-16 offsets into the sentence text, or -1 when the form could not be aligned. */
  start: number;
  end: number;
}

export interface UdSentence {
  id: string;
  text: string;
  tokens: UdToken[];
}

export function readConllu(path: string): UdSentence[] {
  return parseConllu(readFileSync(path, 'utf8'));
}

export function parseConllu(source: string): UdSentence[] {
  const sentences: UdSentence[] = [];
  for (const block of source.split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    let id = '';
    let text = '';
    const tokens: UdToken[] = [];
    for (const line of lines) {
      if (line.startsWith('# sent_id = ')) id = line.slice(12).trim();
      else if (line.startsWith('# text = ')) text = line.slice(9);
      else if (!line.startsWith('#')) {
        const token = parseTokenLine(line);
        if (token) tokens.push(token);
      }
    }
    alignTokens(text, tokens);
    sentences.push({ id, text, tokens });
  }
  return sentences;
}

/** Skips multiword ranges ("3-4") and empty nodes ("5.1"): only syntactic words count. */
function parseTokenLine(line: string): UdToken | null {
  const cols = line.split('\t');
  if (cols.length < 10 || !/^\d+$/.test(cols[0] as string)) return null;
  const feats: Record<string, string> = {};
  if (cols[5] !== '_') {
    for (const pair of (cols[5] as string).split('|')) {
      const [key, value] = pair.split('=');
      if (key && value) feats[key] = value;
    }
  }
  return {
    id: Number(cols[0]),
    form: cols[1] as string,
    lemma: cols[2] as string,
    upos: cols[3] as string,
    xpos: cols[4] as string,
    feats,
    head: Number(cols[6]),
    deprel: cols[7] as string,
    start: -1,
    end: -1,
  };
}

function alignTokens(text: string, tokens: UdToken[]): void {
  let cursor = 0;
  for (const token of tokens) {
    const at = text.indexOf(token.form, cursor);
    if (at < 0 || at - cursor > 20) continue;
    token.start = at;
    token.end = at + token.form.length;
    cursor = token.end;
  }
}
