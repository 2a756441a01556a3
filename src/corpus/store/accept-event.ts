// Accepting a suggested event, for the Corpus page (POST /corpus/events) and
// `framing events --accept`: the chosen items that still have no event get it; an event
// already in the store keeps its title.

import { assignEvent, eventTitle } from './items';
import type { CorpusStore } from './store';

/** Longest event id and title accepted. */
export const EVENT_CHARS = 200;

export interface AcceptedEvent {
  event: string;
  /** The title the items got: the event's own if it has one, else the one given, else the id. */
  title: string;
  /** Items that got the event (those that had one already are left as they were). */
  assigned: number;
}

/** Assigns `event` to the items `ids`; a message saying what is wrong when nothing can be. */
export function acceptEvent(store: CorpusStore, ids: readonly string[], event: string, title = ''): AcceptedEvent | string {
  const id = event.trim();
  if (ids.length === 0) return 'no items chosen';
  if (!id || id.length > EVENT_CHARS) return `the event id must be 1 to ${EVENT_CHARS} characters`;
  const name = eventTitle(store, id) ?? (title.trim().slice(0, EVENT_CHARS) || id);
  const assigned = assignEvent(store, ids, id, name);
  // ids that name no item: nothing was accepted, and the caller must hear so
  if (assigned === 0) return 'none of the chosen items could be added: they are not in the corpus, or already belong to an event';
  return { event: id, title: name, assigned };
}
