/**
 * The RSS feed of one body, one commitment or one person: same writer and entries as the
 * site-wide feed, restricted to what the record follows.
 */
import type { Contenido } from '../contenido/cargar.ts';
import { feedEntries, writeRss, type AmbitoDeFeed } from './feeds.ts';

export interface FeedDeRegistro {
  titulo: string;
  descripcion: string;
  /** Site path of the record's page and of the feed. */
  pagina: string;
  feed: string;
  ambito: NonNullable<AmbitoDeFeed>;
}

export function recordFeed(c: Contenido, f: FeedDeRegistro, absoluta: (ruta: string) => string): string {
  return writeRss({
    titulo: f.titulo,
    descripcion: f.descripcion,
    enlace: absoluta(f.pagina),
    propio: absoluta(f.feed),
    entradas: feedEntries(c, absoluta, 100, f.ambito),
  });
}

export const RSS = { 'Content-Type': 'application/rss+xml; charset=utf-8' } as const;
