// A stand-in analyser for the web tests: a few fixed patterns producing annotations of
// the contract's shape (src/types.ts), so pages can be tested before and independently
// of the real detectors. It puts the user's own words into spans and explanations, as
// the real detectors do, so escaping is tested where it matters.

import type { Analysis, Annotation, LexiconSource, Span } from '../../src/types';

const SOURCE: LexiconSource = { id: 'guide', title: 'Test style guide', url: 'https://example.org/guide' };

const EUPHEMISMS: Record<string, { category: string; alternative: string }> = {
  'individual violations': { category: 'minimising', alternative: 'killings by security forces' },
  clashes: { category: 'vague', alternative: 'say who attacked whom' },
  'collateral damage': { category: 'minimising', alternative: 'civilians killed' },
};

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

function passives(text: string): Annotation[] {
  const out: Annotation[] = [];
  for (const m of text.matchAll(/\b(killed|shot dead)\b(?: by ([^.,;\n]+))?/g)) {
    const verb = span(text, m.index, m.index + (m[1] as string).length);
    const agent = m[2] ? span(text, m.index + m[0].length - m[2].length, m.index + m[0].length) : null;
    const from = Math.max(text.lastIndexOf('.', m.index - 1), text.lastIndexOf('\n', m.index - 1)) + 1;
    const lead = text.slice(from, m.index);
    const s = from + lead.length - lead.trimStart().length;
    const e = m.index - (lead.length - lead.trimEnd().length);
    const victim = e > s ? span(text, s, e) : null;
    out.push({ type: 'passive', rule: agent ? 'passive/full' : 'passive/reduced', form: agent ? 'full' : 'reduced',
      ...span(text, m.index, m.index + m[0].length), verb, agent,
      explanation: agent ? `“${verb.text}” is passive; the agent, “${agent.text}”, comes after the verb.`
        : `“${verb.text}”: passive with no agent — who ${verb.text} them is not said.` });
    out.push({ type: 'harm', rule: 'harm/test', harm: 'killing', ...verb, event: verb, victim, agent,
      agency: agent ? 'passive-with-agent' : 'agentless-passive',
      explanation: `${victim ? `“${victim.text}”` : 'Someone'} harmed; agent ${agent ? `“${agent.text}”` : 'not named'}.` });
  }
  return out;
}

function euphemisms(text: string): Annotation[] {
  const out: Annotation[] = [];
  for (const [phrase, entry] of Object.entries(EUPHEMISMS)) {
    for (const m of text.toLowerCase().matchAll(new RegExp(`\\b${phrase}\\b`, 'g'))) {
      out.push({ type: 'euphemism', rule: 'euphemism/test', entry: phrase, ...entry, contested: false,
        sources: [SOURCE], ...span(text, m.index, m.index + phrase.length),
        explanation: `“${phrase}” softens what happened.` });
    }
  }
  return out;
}

export function fixtureAnalyze(text: string): Analysis {
  const annotations = [...passives(text), ...euphemisms(text)].sort((a, b) => a.start - b.start || a.end - b.end);
  const counts: Record<string, number> = {};
  for (const a of annotations) counts[a.type] = (counts[a.type] ?? 0) + 1;
  const ps = annotations.filter((a) => a.type === 'passive');
  return {
    text,
    sentences: [{ start: 0, end: text.length, text, casing: 'sentence' }],
    annotations,
    summary: {
      words: text.split(/\s+/).filter(Boolean).length,
      sentences: 1,
      counts,
      passives: { full: ps.filter((p) => p.agent).length, get: 0, reduced: ps.filter((p) => !p.agent).length,
        withAgent: ps.filter((p) => p.agent).length, agentless: ps.filter((p) => !p.agent).length },
    },
  };
}
