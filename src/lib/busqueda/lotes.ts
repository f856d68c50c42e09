/**
 * Showing results a batch at a time: the data of a whole batch (title, address, excerpt) is asked
 * for at once, and each result is shown, in order, as soon as it and those before it have arrived:
 * the first one does not wait for the tenth.
 */

/** Results shown per batch (the first batch and each «Mostrar más»). */
export const RESULTADOS_POR_LOTE = 10;

/**
 * The values of `pendientes` in their order, each as soon as it and those before it are ready.
 * Started together by the caller; a rejection stops at that value (the ones after it are not
 * awaited, and their own rejections are not left unhandled).
 */
export async function* inOrder<T>(pendientes: readonly Promise<T>[]): AsyncGenerator<T> {
  for (const pendiente of pendientes) pendiente.catch(() => {});
  for (const pendiente of pendientes) yield await pendiente;
}
