// The files of an upload (multipart/form-data, field "file"), read by busboy as the body
// streams in; each file is held in memory for its import job. Ordinary fields and empty file
// inputs are skipped. Over the limits of UPLOAD (bytes in all, number of files) is a 413
// naming the limit; then, as body-parser does, the rest of the body is read off before the
// answer. A compressed body (Content-Encoding gzip, deflate or br) is unpacked first.

import type { Readable, Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import busboy from 'busboy';
import type { Request } from 'express';
import { InputError } from '../input';
import { UPLOAD, type UploadedFile } from './upload';

const DECODERS: Readonly<Record<string, () => Transform>> = { gzip: createGunzip, 'x-gzip': createGunzip, deflate: createInflate, br: createBrotliDecompress };

export async function readUpload(req: Request): Promise<UploadedFile[]> {
  const notMultipart = new InputError('send files with the upload form (multipart/form-data)', 415);
  if (!req.is('multipart/form-data')) throw notMultipart;
  const coding = (req.get('content-encoding') ?? 'identity').toLowerCase();
  const decode = DECODERS[coding];
  if (!decode && coding !== 'identity') throw new InputError('unsupported content encoding', 415);
  let form: busboy.Busboy;
  try {
    form = busboy({ headers: req.headers, defParamCharset: 'utf8' });
  } catch {
    throw notMultipart; // no boundary
  }
  const body: Readable = decode ? req.pipe(decode()) : req;
  try {
    return await filesOf(req, body, form);
  } catch (error) {
    body.unpipe(form);
    await readOff(req);
    throw error;
  }
}

function filesOf(req: Request, body: Readable, form: busboy.Busboy): Promise<UploadedFile[]> {
  return new Promise((resolve, reject) => {
    const files: { filename: string; chunks: Buffer[] }[] = [];
    let bytes = 0;
    body.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > UPLOAD.maxBytes) reject(new InputError(`the upload is too large: the limit is ${UPLOAD.limitText}`, 413));
    });
    body.on('error', reject); // zlib's, answered as a body that could not be decompressed
    req.on('close', () => {
      if (!req.complete) reject(new InputError('the upload is cut short'));
    });
    form.on('file', (name, stream, info) => {
      stream.on('error', () => undefined); // the form reports it
      if (name !== 'file' || !info.filename) {
        stream.resume();
      } else if (files.length === UPLOAD.maxFiles) {
        stream.resume();
        reject(new InputError(`upload at most ${UPLOAD.maxFiles} files at once`, 413));
      } else {
        const file = { filename: info.filename.replace(/%22/g, '"'), chunks: [] as Buffer[] };
        files.push(file);
        stream.on('data', (chunk: Buffer) => file.chunks.push(chunk));
      }
    });
    form.on('error', (error) => {
      const cut = error instanceof Error && error.message === 'Unexpected end of form';
      reject(new InputError(cut ? 'the upload is cut short' : 'the upload is not valid multipart/form-data'));
    });
    form.on('close', () => resolve(files.map((f) => ({ filename: f.filename, data: Buffer.concat(f.chunks) }))));
    body.pipe(form);
  });
}

/** Reads the rest of the request and drops it, so that the client reads the answer. */
function readOff(req: Request): Promise<void> {
  req.unpipe();
  if (req.complete || req.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    req.on('end', resolve).on('close', resolve).on('error', () => resolve());
    req.resume();
  });
}
