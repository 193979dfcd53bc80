import type { ParseInput, ParseOptions } from '../options.js';

/** Size of the pieces whole inputs are cut into, so progress, abort and yielding happen between them. */
export const CHUNK_SIZE = 4 * 1024 * 1024;

/** The bytes (or, for string input, the text) of an input, piece by piece. */
export type InputChunks =
  | { kind: 'text'; chunks: AsyncIterable<string>; total: number }
  | { kind: 'bytes'; chunks: AsyncIterable<Uint8Array>; total: number | undefined };

/** The total size of an input, when it is known without reading it. */
export function inputSize(input: ParseInput, options: ParseOptions = {}): number | undefined {
  if (typeof input === 'string') return input.length;
  if (input instanceof Uint8Array || input instanceof ArrayBuffer) return input.byteLength;
  if (typeof Blob !== 'undefined' && input instanceof Blob) return input.size;
  return options.totalBytes;
}

/** Throws the abort reason when the signal is aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new DOMException('The parse was aborted.', 'AbortError');
}

async function* slices<T extends string | Uint8Array>(whole: T, size: number): AsyncGenerator<T> {
  for (let start = 0; start < whole.length; start += size)
    yield (
      typeof whole === 'string' ? whole.slice(start, start + size) : whole.subarray(start, start + size)
    ) as T;
}

async function* streamChunks(stream: ReadableStream<Uint8Array>, signal?: AbortSignal) {
  const reader = stream.getReader();
  const onAbort = () => reader.cancel(signal?.reason).catch(() => {});
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      throwIfAborted(signal);
      const { done, value } = await reader.read();
      if (done) return;
      if (value.byteLength) yield value;
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    reader.releaseLock();
  }
}

/** Turns any {@link ParseInput} into pieces of text (string input) or bytes (everything else). */
export function inputChunks(input: ParseInput, options: ParseOptions = {}): InputChunks {
  if (typeof input === 'string') {
    return { kind: 'text', chunks: slices(input, CHUNK_SIZE), total: input.length };
  }
  if (input instanceof ArrayBuffer) input = new Uint8Array(input);
  if (input instanceof Uint8Array) {
    return { kind: 'bytes', chunks: slices(input, CHUNK_SIZE), total: input.byteLength };
  }
  if (typeof Blob !== 'undefined' && input instanceof Blob) {
    return { kind: 'bytes', chunks: streamChunks(input.stream(), options.signal), total: input.size };
  }
  if (typeof ReadableStream !== 'undefined' && input instanceof ReadableStream) {
    return { kind: 'bytes', chunks: streamChunks(input, options.signal), total: options.totalBytes };
  }
  throw new TypeError(
    'Expected a string, Uint8Array, ArrayBuffer, Blob or ReadableStream of bytes as parser input.',
  );
}

/** Reads a whole input into one string or one byte array (JSON is parsed in one piece). */
export async function readWhole(input: ParseInput, options: ParseOptions = {}): Promise<string | Uint8Array> {
  if (typeof input === 'string') return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (input instanceof Uint8Array) return input;
  const source = inputChunks(input, options);
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of source.chunks as AsyncIterable<Uint8Array>) {
    parts.push(chunk);
    length += chunk.byteLength;
    options.onProgress?.({ bytesRead: length, totalBytes: source.total, rows: 0 });
  }
  if (parts.length === 1) return parts[0];
  const whole = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    whole.set(part, offset);
    offset += part.byteLength;
  }
  return whole;
}

/**
 * Lets the browser paint and handle input between chunks when parsing on the main thread. Workers and Node
 * have no page to keep responsive.
 */
export function yieldToEventLoop(): Promise<void> | undefined {
  if (typeof document === 'undefined') return undefined;
  return new Promise((resolve) => setTimeout(resolve, 0));
}
