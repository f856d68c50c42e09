/**
 * Each part of the index is indexed in a worker thread of its own, with its own Pagefind process:
 * rendering and indexing run on both cores at once, and the memory an indexer takes goes back to
 * the system when its part is written. This module is also that worker (`src/lib/hilo.ts`).
 */
import fs from 'node:fs';
import os from 'node:os';
import { answerStream, streamToWorker, type HiloEnFlujo } from '../../lib/hilo.ts';
import { closePagefind, ParteDelIndice } from './parte.ts';
import type { AbrirParte, PaginaParaIndexar, ParteEnCurso, ResultadoDeIndexado } from './partes.ts';

const TAREA = 'indexar-parte-de-busqueda';

/** A page the worker reads itself from a written file (`format: 'directory'`'s `index.html`). */
export interface PaginaEnArchivo {
  url: string;
  archivo: string;
}

type MensajeDePagina = PaginaParaIndexar | PaginaEnArchivo;

/**
 * A part started before its pages are known for sure (`anticipo.ts`): fed pages the worker reads
 * from files, then pages as they render, and either finished or cancelled (nothing written).
 */
export interface ParteAnticipable extends ParteEnCurso {
  addFile(pagina: PaginaEnArchivo): void;
  cancel(): Promise<void>;
}

/** Sends a rendered page to the part's worker; its bytes are moved there, not copied. */
function sendPage(hilo: HiloEnFlujo<MensajeDePagina, ResultadoDeIndexado>, pagina: PaginaParaIndexar): void {
  hilo.send(pagina, typeof pagina.html === 'string' ? undefined : [pagina.html.buffer as ArrayBuffer]);
}

/**
 * A part indexed in a worker thread of its own, fed while the build goes on. Its worker starts at
 * once, but its pages wait here until the part before it is written: writing is when an indexer
 * takes the most memory, and two indexers growing at once would add up (at 10 000 sessions,
 * 3.4 GB at the peak instead of 2.9). Record pages are rendered first, so the wait still ends
 * long before the site does.
 */
export const partInWorker: AbrirParte = (carpeta, numero, anterior) => openPartInWorker(carpeta, numero, anterior, 1);

/** A part indexed once the site is written, whose indexer can use every core. */
export const partInWorkerOnAllCores: AbrirParte = (carpeta, numero, anterior) => openPartInWorker(carpeta, numero, anterior, os.availableParallelism());

/**
 * A part whose worker reads most of its pages from files, and which may be cancelled. One thread,
 * as every part indexed beside the build (`partInWorker`): it is written near the end of the
 * generation, when the build holds the most memory.
 */
export function anticipablePartInWorker(carpeta: string, numero: number): ParteAnticipable {
  const hilo: HiloEnFlujo<MensajeDePagina, ResultadoDeIndexado> = streamToWorker(import.meta.url, TAREA, { carpeta, numero, hilos: 1 });
  return {
    addFile: (pagina) => hilo.send(pagina),
    add: (pagina) => sendPage(hilo, pagina),
    finish: () => hilo.finish(),
    cancel: () => hilo.cancel(),
  };
}

function openPartInWorker(carpeta: string, numero: number, anterior: Promise<unknown> | undefined, hilos: number): ReturnType<AbrirParte> {
  const hilo: HiloEnFlujo<MensajeDePagina, ResultadoDeIndexado> = streamToWorker(import.meta.url, TAREA, { carpeta, numero, hilos });
  const send = (pagina: PaginaParaIndexar) => sendPage(hilo, pagina);
  let enEspera: PaginaParaIndexar[] | undefined = anterior ? [] : undefined;
  const sendWaiting = () => {
    for (const pagina of enEspera ?? []) send(pagina);
    enEspera = undefined;
  };
  // A failure of the previous part is reported by its own finish(); this part goes on.
  const listo = anterior ? anterior.then(sendWaiting, sendWaiting) : Promise.resolve();
  return {
    add: (pagina) => (enEspera ? void enEspera.push(pagina) : send(pagina)),
    finish: async () => {
      await listo;
      return hilo.finish();
    },
  };
}

answerStream(TAREA, ({ carpeta, numero, hilos }: { carpeta: string; numero: number; hilos: number }) => {
  const parte = new ParteDelIndice(carpeta, numero, hilos);
  return {
    receive: (pagina: MensajeDePagina) => parte.add('archivo' in pagina ? { url: pagina.url, html: fs.readFileSync(pagina.archivo) } : pagina),
    finish: async () => {
      try {
        return await parte.finish();
      } finally {
        await closePagefind();
      }
    },
    cancel: () => closePagefind(),
  };
});
