// Look at the start of a stream without losing it: returns the bytes read so far and an
// iterable that replays them before the rest.

export interface Peeked {
  head: Buffer;
  chunks: AsyncIterable<Buffer>;
}

/** Reads chunks until `enough(head)` or the end. */
export async function peek(source: AsyncIterable<Buffer | string>, enough: (head: Buffer) => boolean): Promise<Peeked> {
  const iterator = source[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let head = Buffer.alloc(0);
  while (!enough(head)) {
    const next = await iterator.next();
    if (next.done) break;
    seen.push(typeof next.value === 'string' ? Buffer.from(next.value) : next.value);
    head = Buffer.concat(seen);
  }
  async function* replay(): AsyncGenerator<Buffer> {
    yield* seen;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    }
  }
  return { head, chunks: replay() };
}
