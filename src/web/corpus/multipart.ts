// multipart/form-data (RFC 7578) from a body already read into memory (the upload limit
// bounds it): the parts, each with its field name, file name and bytes.

export interface Part {
  name: string;
  /** The file name as sent, without any folder part; null for an ordinary field. */
  filename: string | null;
  data: Buffer;
}

export function boundaryOf(contentType: string | undefined): string | null {
  const m = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType ?? '');
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** The parts, or why the body is not valid multipart. */
export function parseMultipart(body: Buffer, boundary: string): Part[] | string {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Part[] = [];
  let pos = body.indexOf(delimiter);
  if (pos === -1) return 'the upload is not valid multipart/form-data';
  for (;;) {
    pos += delimiter.length;
    if (body.subarray(pos, pos + 2).toString() === '--') return parts;
    if (body.subarray(pos, pos + 2).toString() !== '\r\n') return 'the upload is not valid multipart/form-data';
    const headerEnd = body.indexOf('\r\n\r\n', pos);
    if (headerEnd === -1) return 'the upload is cut short';
    const headers = body.subarray(pos + 2, headerEnd).toString('utf8');
    const next = body.indexOf(Buffer.from(`\r\n--${boundary}`), headerEnd + 4);
    if (next === -1) return 'the upload is cut short';
    const disposition = /^content-disposition:(.*)$/im.exec(headers)?.[1] ?? '';
    const name = param(disposition, 'name');
    const filename = param(disposition, 'filename');
    if (name !== null) {
      parts.push({ name, filename: filename === null ? null : baseName(filename), data: body.subarray(headerEnd + 4, next) });
    }
    pos = next + 2;
  }
}

function param(header: string, key: string): string | null {
  const m = new RegExp(`;\\s*${key}="((?:[^"\\\\]|\\\\.)*)"`, 'i').exec(header);
  return m ? (m[1] ?? '').replace(/\\(.)/g, '$1').replace(/%22/g, '"') : null;
}

/** Some browsers send the full path: keep the last part. */
function baseName(filename: string): string {
  return filename.split(/[\\/]/).pop() ?? filename;
}
