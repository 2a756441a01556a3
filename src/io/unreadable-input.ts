// An input the caller named that cannot be read: no such file or folder, a folder where a
// file is needed. The caller's mistake, not a bug: the CLI reports it like a usage error
// (one line, exit code 2), the web app as a 400.

export class UnreadableInputError extends Error {
  override readonly name = 'UnreadableInputError';
}
