// The human-readable `framing analyze` report: each sentence, its annotations, the summary.

import { describeResponsibility, describeVictims } from '../harm/describe';
import { languageNote } from '../language-note';
import { languageOf } from '../nlp/language';
import type { Analysis, Annotation, HarmSummary, Span, Summary } from '../types';

interface Description {
  kind: string;
  parts: string[];
}

type Describers = { [T in Annotation['type']]: (a: Extract<Annotation, { type: T }>) => Description };

/** What each annotation type shows besides its text and explanation. */
const DESCRIBE: Describers = {
  passive: (a) => ({
    kind: a.form,
    parts: [`verb ${quote(a.verb)}`, `agent ${a.agent ? quote(a.agent) : 'none'}`],
  }),
  harm: (a) => ({
    kind: `${a.harm}, ${a.agency}${a.cause ? `, ${a.cause}` : ''}`,
    parts: [
      `event ${quote(a.event)}`,
      `victim ${a.victim ? quote(a.victim) : 'none'}`,
      `agent ${a.agent ? quote(a.agent) : 'none'}`,
      `responsible: ${describeResponsibility(a.responsible)}`,
      `victims: ${describeVictims(a)}`,
    ],
  }),
  euphemism: (a) => ({
    kind: a.contested ? `${a.category}, contested` : a.category,
    parts: [`alternative ${JSON.stringify(a.alternative)}`, ...(a.case ? [`in this case: ${a.case}`] : [])],
  }),
};

export function formatReport(analysis: Analysis): string {
  const lines: string[] = [];
  const note = languageNote(languageOf(analysis.text));
  if (note) lines.push(`Note: ${note}`, '');
  const placed = new Set<Annotation>();
  analysis.sentences.forEach((sentence, i) => {
    lines.push(`${i + 1}. ${sentence.text}`);
    const inside = analysis.annotations.filter((a) => a.start >= sentence.start && a.start < sentence.end);
    if (inside.length === 0) lines.push('   (nothing found)');
    for (const a of inside) {
      lines.push(...formatAnnotation(a));
      placed.add(a);
    }
  });
  const others = analysis.annotations.filter((a) => !placed.has(a));
  if (others.length > 0) lines.push('Outside any sentence:', ...others.flatMap(formatAnnotation));
  if (analysis.sentences.length === 0) lines.push('(no text)');
  lines.push('', formatSummary(analysis.summary), '');
  return lines.join('\n');
}

function formatAnnotation(a: Annotation): string[] {
  const { kind, parts } = (DESCRIBE[a.type] as (x: Annotation) => Description)(a);
  const voice = a.voice && a.voice !== 'outlet' ? [`${a.voice}${a.speaker ? ` (${quote(a.speaker)})` : ''}`] : [];
  return [`   ${a.type} (${kind}) ${quote(a)}: ${[...parts, ...voice].join(', ')}`, `      ${a.explanation}`];
}

export function formatSummary(s: Summary): string {
  const types = Object.entries(s.counts).map(([type, n]) => `${type} ${n}`);
  const p = s.passives;
  const voices = `with agent ${p.withAgent}, agentless ${p.agentless}`;
  return [
    `Summary: ${s.words} words, ${s.sentences} sentences`,
    `  annotations: ${types.length > 0 ? types.join(', ') : 'none'}`,
    `  passives: full ${p.full}, get ${p.get}, reduced ${p.reduced}; ${voices}`,
    ...(s.harm ? formatHarm(s.harm) : []),
  ].join('\n');
}

/** "harm: 2 events, agent not named in 1", then who → did what → to whom per event. */
function formatHarm(h: HarmSummary): string[] {
  const lines = [`  harm: ${h.events} events, agent named in ${h.agentNamed}, not named in ${h.agentOmitted}`];
  h.triples.forEach((t, i) => {
    const primary = i === h.primary ? ', primary' : '';
    lines.push(`    ${t.agent ?? 'not named'} → ${t.event} → ${t.victim ?? 'not named'} (${t.agency}${primary})`);
  });
  return lines;
}

function quote(span: Span): string {
  return JSON.stringify(span.text);
}
