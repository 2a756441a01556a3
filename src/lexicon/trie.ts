// A word trie: finds every listed word sequence that starts at a given position.

interface Node<T> {
  /** null until the node has a child: most nodes are the last word of a wording (issue 15, start-up). */
  next: Map<string, Node<T>> | null;
  /** The shared empty list until a sequence ends here. */
  values: readonly T[];
  /** A first word's node only: the sequences starting with it not yet in the trie; null once they are. */
  pending: Array<{ words: readonly string[]; value: T }> | null;
}

export interface TrieMatch<T> {
  /** Index just past the last matched word. */
  end: number;
  values: readonly T[];
}

const NO_MATCHES: readonly never[] = Object.freeze([]);

const newNode = <T>(): Node<T> => ({ next: null, values: NO_MATCHES, pending: null });

export class PhraseTrie<T> {
  private readonly root: Node<T> = newNode();

  /**
   * Sequences are kept by first word and put in the trie the first time a text has that word
   * (issue 15): most of the lexicons' 20,000 wordings start with a word a run never meets, and
   * building every branch up front took 40 ms of each start-up, half of it collecting the
   * garbage of the many small maps. Put in in the order added, a branch holds its values in
   * the same order as if built up front; a word that starts nothing still costs one look-up.
   */
  add(words: readonly string[], value: T): void {
    const first = words[0];
    if (first === undefined) return this.insert(words, value);
    this.root.next ??= new Map();
    let branch = this.root.next.get(first);
    if (branch === undefined) {
      branch = { next: null, values: NO_MATCHES, pending: [] };
      this.root.next.set(first, branch);
    }
    if (branch.pending !== null) branch.pending.push({ words, value });
    else this.insert(words, value);
  }

  private insert(words: readonly string[], value: T): void {
    let node = this.root;
    for (const word of words) {
      node.next ??= new Map();
      let child = node.next.get(word);
      if (!child) {
        child = newNode();
        node.next.set(word, child);
      }
      node = child;
    }
    if (!node.values.includes(value)) node.values = [...node.values, value];
  }

  /** The branch of sequences starting with `word`, its pending sequences put in first. */
  private branch(word: string): Node<T> | undefined {
    const branch = this.root.next?.get(word);
    if (branch?.pending) {
      const waiting = branch.pending;
      branch.pending = null;
      for (const { words, value } of waiting) this.insert(words, value);
    }
    return branch;
  }

  /** Every listed sequence that starts at `start` and ends at or before `limit`. */
  matchesAt(words: readonly string[], start: number, limit: number = words.length): readonly TrieMatch<T>[] {
    // most words start no listed sequence: answered with one look-up, without making an array
    let node: Node<T> | undefined = start < limit ? this.branch(words[start] as string) : undefined;
    if (!node) return NO_MATCHES;
    const out: TrieMatch<T>[] = [];
    if (node.values.length > 0) out.push({ end: start + 1, values: node.values });
    for (let i = start + 1; i < limit && node; i++) {
      node = node.next?.get(words[i] as string);
      if (node && node.values.length > 0) out.push({ end: i + 1, values: node.values });
    }
    return out;
  }

  /**
   * Every listed sequence starting at `start` when a position may be read in several forms
   * (an Arabic word with and without its prefixes): each path through the forms is followed.
   */
  matchesAtAnyForm(forms: readonly (readonly string[])[], start: number): TrieMatch<T>[] {
    const out: TrieMatch<T>[] = [];
    const walk = (node: Node<T>, i: number): void => {
      if (i >= forms.length) return;
      for (const form of forms[i] as readonly string[]) {
        const child = node === this.root ? this.branch(form) : node.next?.get(form);
        if (!child) continue;
        if (child.values.length > 0) out.push({ end: i + 1, values: child.values });
        walk(child, i + 1);
      }
    };
    walk(this.root, start);
    return out;
  }
}
