/**
 * The search of `/buscar/`, on the page's side: one thread per part of the index
 * (`parte.worker.ts`), all asked at once, and their answers merged into one list (`partes.ts`).
 * A site small enough for one part has one thread.
 */
import { FECHA_DESCONOCIDA } from './indice.ts';
import type { OpcionesDePagefind } from './consulta.ts';
import type { ConteoDeFiltros, MotorCompartido, Pedido, Respuesta, ResultadosDeParte } from './mensajes.ts';
import { ARCHIVO_DE_PARTES, mergeCounts, mergedInOrder, type ListaDeResultados, type ManifiestoDeBusqueda } from './partes.ts';
import type { DatosDeResultado } from './resultados.ts';

export type { ConteoDeFiltros } from './mensajes.ts';

/** One page found; its data (title, address, excerpt…) is fetched when asked, once. */
export interface ResultadoDeBusqueda {
  id: string;
  /** Pagefind's relevance score (comparable across parts, as Pagefind's own merge compares it). */
  puntuacion: number;
  data(): Promise<DatosDeResultado>;
}

export interface Busqueda {
  resultados: ListaDeResultados<ResultadoDeBusqueda>;
  total: number;
  conteos: ConteoDeFiltros;
}

export interface Buscador {
  search(termino: string | null, opciones: OpcionesDePagefind): Promise<Busqueda>;
  /** Fetches the parts of the index a search for `termino` needs, without searching. */
  preload(termino: string, opciones: OpcionesDePagefind): Promise<void>;
  /** Counts of every filter value over the whole site. */
  filters(): Promise<ConteoDeFiltros>;
}

type SinId<P> = P extends { id: number } ? Omit<P, 'id'> : never;

/** One search thread and the answers it owes. */
class HiloDeParte {
  private readonly hilo: Worker;
  private readonly pendientes = new Map<number, { resolve(valor: unknown): void; reject(error: Error): void }>();
  private siguiente = 0;

  constructor(alCompartirMotor: (motor: MotorCompartido) => void) {
    this.hilo = new Worker(new URL('./parte.worker.ts', import.meta.url), { type: 'module', name: 'busqueda' });
    this.hilo.onmessage = ({ data }: MessageEvent<Respuesta | MotorCompartido>) => {
      if ('metodo' in data) return alCompartirMotor(data);
      const pendiente = this.pendientes.get(data.id);
      this.pendientes.delete(data.id);
      if ('error' in data) pendiente?.reject(new Error(data.error));
      else pendiente?.resolve(data.valor);
    };
    this.hilo.onerror = (evento) => {
      evento.preventDefault();
      for (const pendiente of this.pendientes.values()) pendiente.reject(new Error(evento.message || 'La búsqueda dejó de responder.'));
      this.pendientes.clear();
    };
  }

  ask<T>(pedido: SinId<Pedido>): Promise<T> {
    const id = this.siguiente++;
    return new Promise<T>((resolve, reject) => {
      this.pendientes.set(id, { resolve: resolve as (valor: unknown) => void, reject });
      this.hilo.postMessage({ ...pedido, id });
    });
  }

  pass(motor: MotorCompartido) {
    this.hilo.postMessage(motor);
  }

  close() {
    this.hilo.terminate();
  }
}

export interface OpcionesDelBuscador {
  /** The site's `base` (`/` or `/ruta/`). */
  base: string;
  /** Pagefind options (`baseUrl`, `excerptLength`…). */
  pagefind: Record<string, unknown>;
  /** Warm the engine up once ready (when no search is about to run). */
  calentar: boolean;
}

/** Starts one thread per part of the index; resolves once every part can be searched. */
export async function openSearch({ base, pagefind, calentar }: OpcionesDelBuscador): Promise<Buscador> {
  const carpeta = `${base}pagefind/`;
  const [{ partes }, codigo] = await Promise.all([
    download(`${carpeta}${ARCHIVO_DE_PARTES}`).then((r) => r.json() as Promise<ManifiestoDeBusqueda>),
    download(`${carpeta}pagefind.js`).then((r) => r.arrayBuffer()),
  ]);
  // Every thread runs Pagefind's script: it is downloaded once and each thread loads this copy.
  const copia = URL.createObjectURL(new Blob([codigo], { type: 'text/javascript' }));
  // The first thread downloads the engine and the others get a copy of it.
  const hilos: HiloDeParte[] = partes.map(() => new HiloDeParte((motor) => hilos.slice(1).forEach((hilo) => hilo.pass(motor))));
  try {
    await Promise.all(
      hilos.map((hilo, numero) =>
        hilo.ask({
          metodo: 'iniciar',
          pagefind: copia,
          carpeta: `${carpeta}${partes[numero].ruta}`,
          opciones: pagefind,
          motor: numero === 0 ? 'compartir' : 'recibir',
          calentar,
        }),
      ),
    );
  } catch (error) {
    // One part that cannot be searched makes the search incomplete: none is offered.
    for (const hilo of hilos) hilo.close();
    throw error;
  } finally {
    URL.revokeObjectURL(copia);
  }
  return new BuscadorEnPartes(hilos);
}

async function download(url: string): Promise<Response> {
  const respuesta = await fetch(url);
  if (!respuesta.ok) throw new Error(`${url}: ${respuesta.status}`);
  return respuesta;
}

class BuscadorEnPartes implements Buscador {
  private readonly hilos: readonly HiloDeParte[];

  constructor(hilos: readonly HiloDeParte[]) {
    this.hilos = hilos;
  }

  async search(termino: string | null, opciones: OpcionesDePagefind): Promise<Busqueda> {
    const partes = await Promise.all(this.hilos.map((hilo) => hilo.ask<ResultadosDeParte>({ metodo: 'buscar', termino, opciones })));
    const listas = partes.map((parte, numero) => parte.paginas.map((id, i) => foundPage(this.hilos[numero], id, parte.puntuaciones[i])));
    const direccion = opciones.sort?.fecha;
    const resultados = direccion
      ? mergedInOrder(
          listas,
          async (r) => (await r.data()).meta.orden ?? FECHA_DESCONOCIDA,
          (a, b) => (direccion === 'desc' ? a > b : a < b),
        )
      : mergedInOrder(
          listas,
          (r) => r.puntuacion,
          (a, b) => a > b,
        );
    return { resultados, total: listas.reduce((n, lista) => n + lista.length, 0), conteos: mergeCounts(partes.map((parte) => parte.conteos)) };
  }

  async preload(termino: string, opciones: OpcionesDePagefind): Promise<void> {
    await Promise.all(this.hilos.map((hilo) => hilo.ask({ metodo: 'precargar', termino, opciones })));
  }

  async filters(): Promise<ConteoDeFiltros> {
    return mergeCounts(await Promise.all(this.hilos.map((hilo) => hilo.ask<ConteoDeFiltros>({ metodo: 'filtros' }))));
  }
}

function foundPage(hilo: HiloDeParte, id: string, puntuacion: number): ResultadoDeBusqueda {
  let datos: Promise<DatosDeResultado> | undefined;
  return { id, puntuacion, data: () => (datos ??= hilo.ask<DatosDeResultado>({ metodo: 'datos', pagina: id })) };
}
