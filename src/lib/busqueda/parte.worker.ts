/**
 * One part of the search index, searched in a thread of its own (`mensajes.ts` says what it is
 * asked; `buscador.ts` starts one per part). Pagefind runs here in its own-thread mode: a query's
 * scoring, the heaviest work of a search, never blocks the page, and the parts of a large site
 * are scored at the same time instead of one after the other. Only page ids, scores and counts
 * go back to the page, and the data of a result only when the page shows it.
 */
import type { OpcionesDePagefind } from './consulta.ts';
import type { ConteoDeFiltros, MotorCompartido, Pedido, Respuesta, ResultadosDeParte } from './mensajes.ts';

/** The parts of Pagefind's browser API used here. */
interface ResultadoDePagefind {
  id: string;
  score: number;
  data(): Promise<unknown>;
}
interface InstanciaDePagefind {
  search(termino: string | null, opciones: OpcionesDePagefind): Promise<{ results: ResultadoDePagefind[]; filters: ConteoDeFiltros } | null>;
  preload(termino: string, opciones: OpcionesDePagefind): Promise<void>;
  filters(): Promise<ConteoDeFiltros>;
}
interface ModuloDePagefind {
  createInstance(opciones: Record<string, unknown>): InstanciaDePagefind;
}

/** This thread's global scope, as far as it is used. */
const hilo = self as unknown as {
  fetch: typeof fetch;
  postMessage(mensaje: Respuesta | MotorCompartido, transferir?: Transferable[]): void;
  onmessage: ((evento: MessageEvent<Pedido | MotorCompartido>) => void) | null;
};

/** Pagefind's engine file (`wasm.<idioma>.pagefind`), which it downloads from the part's folder. */
const ARCHIVO_DEL_MOTOR = /\/wasm\.[^/?#]+\.pagefind(?:[?#]|$)/;

let recibirMotor: (bytes: ArrayBuffer) => void = () => {};
const motorRecibido = new Promise<ArrayBuffer>((resolve) => (recibirMotor = resolve));

/**
 * Every thread needs Pagefind's engine, which it downloads from the folder of the part it opens;
 * only the first part's folder has it. The first thread downloads it and sends the page a copy,
 * which the page passes on; the other threads are answered from that copy. A visitor downloads
 * the engine once, whatever the number of parts.
 */
function shareEngine(modo: 'compartir' | 'recibir') {
  const descargar = hilo.fetch.bind(hilo);
  hilo.fetch = async (entrada, opciones) => {
    const url = entrada instanceof Request ? entrada.url : String(entrada);
    if (!ARCHIVO_DEL_MOTOR.test(url)) return descargar(entrada, opciones);
    if (modo === 'recibir') return new Response(await motorRecibido);
    const respuesta = await descargar(entrada, opciones);
    if (respuesta.ok) hilo.postMessage({ metodo: 'motor', bytes: await respuesta.clone().arrayBuffer() });
    return respuesta;
  };
}

let pagefind: Promise<InstanciaDePagefind> = Promise.reject(new Error('La búsqueda no se ha iniciado.'));
pagefind.catch(() => {});

/** Results of the latest search, by page id, for the page to ask their data. */
let ultimos = new Map<string, ResultadoDePagefind>();

async function start(pedido: Extract<Pedido, { metodo: 'iniciar' }>): Promise<InstanciaDePagefind> {
  shareEngine(pedido.motor);
  const modulo = (await import(/* @vite-ignore */ pedido.pagefind)) as ModuloDePagefind;
  const instancia = modulo.createInstance({ ...pedido.opciones, basePath: pedido.carpeta });
  // Pagefind loads its engine and the part's list of pages on creation; a preload of nothing
  // waits for them (and fails if they failed) without downloading anything else.
  await instancia.preload('', { filters: {} });
  // The first search runs the engine's code for the first time, slowly, before the browser
  // compiles it for speed; a search over every page (it downloads nothing) does that now.
  if (pedido.calentar) await instancia.search(null, { filters: {} });
  return instancia;
}

async function answer(pedido: Pedido): Promise<unknown> {
  switch (pedido.metodo) {
    case 'iniciar':
      pagefind = start(pedido);
      await pagefind;
      return null;
    case 'precargar':
      await (await pagefind).preload(pedido.termino, pedido.opciones);
      return null;
    case 'buscar': {
      const busqueda = await (await pagefind).search(pedido.termino, pedido.opciones);
      const resultados = busqueda?.results ?? [];
      // By relevance the page merges parts by score, which needs each part best first.
      if (!pedido.opciones.sort) resultados.sort((a, b) => b.score - a.score);
      ultimos = new Map(resultados.map((r) => [r.id, r]));
      return {
        paginas: resultados.map((r) => r.id),
        puntuaciones: resultados.map((r) => r.score),
        conteos: busqueda?.filters ?? {},
      } satisfies ResultadosDeParte;
    }
    case 'datos': {
      const resultado = ultimos.get(pedido.pagina);
      if (!resultado) throw new Error(`La página ${pedido.pagina} no está entre los resultados de la última búsqueda.`);
      return resultado.data();
    }
    case 'filtros':
      return (await pagefind).filters();
  }
}

hilo.onmessage = ({ data: mensaje }) => {
  if (mensaje.metodo === 'motor') {
    recibirMotor(mensaje.bytes);
    return;
  }
  answer(mensaje).then(
    (valor) => hilo.postMessage({ id: mensaje.id, valor }),
    (error: unknown) => hilo.postMessage({ id: mensaje.id, error: error instanceof Error ? error.message : String(error) }),
  );
};
