// The unit of the victim-group comparison (issue 18): one row per harm event in the store,
// with its outlet, the victims' group, and how the event is told. `framing compare-groups
// --format rows` writes these rows, so every figure can be recomputed from them.

import { emotiveIn } from '../../harm/emotive';
import type { Agency, HarmAnnotation, ResponsibilityLink } from '../../types';
import type { Filters } from '../filters';
import { itemText } from '../item';
import { itemsWithAnalyses } from '../store/browse';
import type { CorpusStore } from '../store/store';

/** Where an event's group is read from: the item's victim_group column, else the tool's victimGroup. */
export type GroupBy = 'nationality' | 'role';

export interface GroupRow {
  item: string;
  outlet: string;
  /** The victims' group: the item's victim_group when given, else the tool's; null when neither says. */
  group: string | null;
  groupFrom: 'column' | 'tool' | null;
  /** The item's primary (most severe) harm event: the one counted "per headline". */
  primary: boolean;
  harm: string;
  /** The doer is named as the grammatical agent. */
  named: boolean;
  link: ResponsibilityLink;
  device: Agency;
  /** Whose words report the event: the outlet's own, quoted, or attributed to a speaker ("X says ..."). */
  voice: 'outlet' | 'quoted' | 'attributed';
  /** Emotive terms in the event's sentence: in the outlet's own voice / quoted or in a report attributed to a speaker. */
  emotive: string[];
  emotiveQuoted: string[];
}

export function* groupRows(store: CorpusStore, by: GroupBy = 'nationality', filters: Filters = {}): Generator<GroupRow> {
  for (const { item, analysis } of itemsWithAnalyses(store, filters)) {
    if (!analysis) continue;
    const text = itemText(item);
    const harms = analysis.annotations.filter((a): a is HarmAnnotation => a.type === 'harm');
    const primary = analysis.summary.harm?.primary ?? (harms.length ? 0 : null);
    for (const [i, harm] of harms.entries()) {
      const column = item.victim_group?.trim().toLowerCase() || null;
      const tool = harm.victimGroup?.[by] ?? null;
      const sentence = sentenceAround(text, harm.event.start);
      // a report the text attributes to a speaker ("X says ...") is not in the outlet's voice, nor its words
      const outletVoice = harm.voice === undefined || harm.voice === 'outlet';
      const terms = emotiveIn(text, sentence.start, sentence.end).map((t) => ({ ...t, quoted: t.quoted || !outletVoice }));
      yield {
        item: item.id, outlet: item.outlet,
        group: column ?? tool, groupFrom: column ? 'column' : tool ? 'tool' : null,
        primary: i === primary, harm: harm.harm,
        named: harm.agent !== null,
        link: harm.responsible?.link ?? (harm.agent ? 'grammatical' : 'none'),
        device: harm.agency,
        voice: harm.voice ?? 'outlet',
        emotive: terms.filter((t) => !t.quoted).map((t) => t.term),
        emotiveQuoted: terms.filter((t) => t.quoted).map((t) => t.term),
      };
    }
  }
}

/** The sentence around offset `at`: from after the last stop or line break before it to the next one. */
export function sentenceAround(text: string, at: number): { start: number; end: number } {
  const STOP = /[.!?](?=\s)|\n/g;
  let start = 0;
  let end = text.length;
  for (let m = STOP.exec(text); m; m = STOP.exec(text)) {
    if (m.index < at) start = m.index + 1;
    else {
      end = m.index + 1;
      break;
    }
  }
  return { start, end };
}
