/**
 * The response of an endpoint that publishes a file computed once for the whole build (a dataset,
 * the catalogue, the ZIP). Astro reads every endpoint's body with `response.arrayBuffer()` while
 * it renders eight routes at once, so at 10,000 sessions a handful of 5–40 MB datasets are in
 * flight together. A `Uint8Array` body is copied by `Response` itself, and once more if the caller
 * copies it to satisfy `BodyInit`'s types; a stream that hands over the held bytes is copied only
 * by `arrayBuffer()`. The held bytes are only read, never transferred, so the same file can be
 * served again (the dev server does, on every request).
 */

/** Response with the exact bytes of a published file, in one chunk, without copying them first. */
export function serveFile(archivo: { bytes: Uint8Array; tipo: string }): Response {
  const texto = archivo.tipo.startsWith('text/') || archivo.tipo.includes('json');
  const cuerpo = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(archivo.bytes);
      controller.close();
    },
  });
  return new Response(cuerpo, { headers: { 'Content-Type': texto ? `${archivo.tipo}; charset=utf-8` : archivo.tipo } });
}
