// JSON Lines input: one object per line; blank lines are skipped.

import { type InputItem, toDoc } from './document';
import { type Line, lineProblem } from './lines';

export async function* jsonlItems(lines: AsyncIterable<Line>): AsyncGenerator<InputItem> {
  for await (const line of lines) {
    if (!('text' in line)) {
      yield { line: line.number, error: lineProblem(line) };
      continue;
    }
    if (line.text.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line.text);
    } catch (error) {
      yield { line: line.number, error: `invalid JSON (${(error as Error).message})` };
      continue;
    }
    const doc = toDoc(record);
    yield typeof doc === 'string' ? { line: line.number, error: doc } : { line: line.number, doc };
  }
}
