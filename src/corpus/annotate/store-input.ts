// The store's items still to annotate, as the annotate loop's input, a page at a time.

import type { InputItem } from '../../io/document';
import { type Pending, pendingPage } from '../store/analyses';
import type { CorpusStore } from '../store/store';

const PAGE = 512;
/** Labels kept for items that may still be in flight (the pool holds far fewer). */
const KEEP_LABELS = 8192;

/** `labels` maps each item's sequence number (its "line") to its id, for error messages. */
export async function* storeItems(store: CorpusStore, pending: Pending, labels: Map<number, string>): AsyncGenerator<InputItem> {
  let after = 0;
  let n = 0;
  for (;;) {
    const page = pendingPage(store, after, PAGE, pending);
    for (const item of page) {
      n++;
      labels.set(n, item.id);
      labels.delete(n - KEEP_LABELS);
      yield { line: n, doc: { id: item.id, text: item.text, field: 'text', metadata: {} } };
    }
    const last = page.at(-1);
    if (!last) return;
    after = last.pk;
  }
}
