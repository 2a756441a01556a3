// Reviewed items as gold (issue 18): one JSON line per review, with the item's text and the
// reviewed harm annotation in the annotation contract (src/types.ts), corrected to what the
// reviewer said, so reviews can feed evaluation.

import type { HarmAnnotation } from '../../types';
import type { Review, SampleItem } from './reviews';

export interface GoldLine {
  id: string;
  outlet: string;
  text: string;
  /** Does the reviewed annotation report harm? When not, `annotation` is null. */
  harm: boolean;
  annotation: HarmAnnotation | null;
  review: { sample: string; position: number; reviewer: string; at: string };
}

export function goldLine(item: SampleItem, review: Review): GoldLine {
  const f = review.fields;
  const base = item.annotation;
  const annotation: HarmAnnotation | null = f.harm && base
    ? {
        ...base,
        agency: f.device,
        // the doer's words are kept only where both the tool and the reviewer say it is named
        agent: f.named ? base.agent : null,
        responsible: { party: f.link === 'none' ? null : base.responsible?.party ?? null, link: f.link },
        victimGroup: { nationality: f.nationality, role: f.role },
      }
    : null;
  return { id: item.itemId, outlet: item.outlet, text: item.text, harm: f.harm, annotation,
    review: { sample: review.sample, position: review.position, reviewer: review.reviewer, at: review.at } };
}
