// Counts for the closing stderr line.

export class Tally {
  documents = 0;
  failed = 0;
  words = 0;
  private readonly started = performance.now();

  format(): string {
    const seconds = (performance.now() - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(this.words / seconds) : 0;
    return (
      `framing: ${this.documents} documents, ${this.failed} failed lines, ` +
      `${this.words} words in ${seconds.toFixed(1)} s (${rate} words/s)\n`
    );
  }
}
