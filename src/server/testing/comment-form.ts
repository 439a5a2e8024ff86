import type { ApiClient } from './test-app.ts';

export type FormEntry = { field: string; value: string } | { field: string; fileName: string; content: Buffer | string };

/** A multipart/form-data body of text fields and files, in the given order, as a browser sends it. */
export function multipartForm(entries: FormEntry[]) {
  const boundary = `----manorta${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const e of entries) {
    const disposition = 'fileName' in e
      ? `Content-Disposition: form-data; name="${e.field}"; filename="${e.fileName}"\r\nContent-Type: application/octet-stream`
      : `Content-Disposition: form-data; name="${e.field}"`;
    chunks.push(Buffer.from(`--${boundary}\r\n${disposition}\r\n\r\n`));
    const content = 'value' in e ? e.value : e.content;
    chunks.push(Buffer.isBuffer(content) ? content : Buffer.from(content));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Posts a note with files to the discussion of a request. */
export function postComment(c: ApiClient, requestId: string, body: string | undefined, files: { fileName: string; content: Buffer | string }[] = []) {
  const entries: FormEntry[] = [...(body === undefined ? [] : [{ field: 'body', value: body }]), ...files.map((f) => ({ field: 'file', ...f }))];
  return c.request({ method: 'POST', url: `/api/requests/${requestId}/comments`, ...multipartForm(entries) });
}
