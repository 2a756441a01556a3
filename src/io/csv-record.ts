// One CSV record (RFC 4180: comma-separated, or another delimiter; "quoted" fields with "" for a quote, line
// breaks allowed inside quotes), assembled from physical lines. Lenient like spreadsheets:
// a quote inside an unquoted field, or text after a closing quote, is kept literally.

const QUOTE = 0x22;

export class CsvRecord {
  readonly fields: string[] = [];
  /** UTF-8 bytes seen so far, line breaks included. */
  bytes = 0;
  private field = '';
  private inQuotes = false;
  /** Whether the current field has begun (a quote only opens a quoted field at its start). */
  private begun = false;

  constructor(
    readonly line: number,
    /** ",", or ";" and tab as European spreadsheets and some exports write them. */
    private readonly delimiter: string = ',',
  ) {}

  /** Adds the next physical line; true when the record ends with it. */
  add(text: string): boolean {
    this.bytes += Buffer.byteLength(text) + 1;
    let i = 0;
    for (;;) {
      if (this.inQuotes) {
        const quote = text.indexOf('"', i);
        if (quote === -1) {
          this.field += `${text.slice(i)}\n`;
          return false;
        }
        this.field += text.slice(i, quote);
        if (text.charCodeAt(quote + 1) === QUOTE) this.field += '"';
        else this.inQuotes = false;
        i = quote + (this.inQuotes ? 2 : 1);
        continue;
      }
      if (!this.begun && text.charCodeAt(i) === QUOTE) {
        this.inQuotes = true;
        this.begun = true;
        i++;
        continue;
      }
      const comma = text.indexOf(this.delimiter, i);
      this.field += text.slice(i, comma === -1 ? text.length : comma);
      this.fields.push(this.field);
      this.field = '';
      this.begun = false;
      if (comma === -1) return true;
      i = comma + 1;
    }
  }
}
