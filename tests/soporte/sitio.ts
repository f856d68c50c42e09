/**
 * Reading the test build: list pages, read a page by its site path, extract links.
 */
import fs from 'node:fs';
import path from 'node:path';
import { BASE, SALIDA } from './rutas.ts';

/** Every file of the build, as site paths relative to the output folder (`sesiones/x/index.html`). */
export function builtFiles(): string[] {
  return (fs.readdirSync(SALIDA, { recursive: true }) as string[])
    .filter((name) => fs.statSync(path.join(SALIDA, name)).isFile())
    .map((name) => name.split(path.sep).join('/'))
    .sort();
}

/** HTML of a page by its site path without base (`/sesiones/x/`). */
export function readPage(ruta: string): string {
  const file = path.join(SALIDA, ruta.replace(/^\//, ''), ruta.endsWith('/') ? 'index.html' : '');
  return fs.readFileSync(file, 'utf8');
}

export function pageExists(ruta: string): boolean {
  return fs.existsSync(path.join(SALIDA, ruta.replace(/^\//, ''), 'index.html'));
}

/** Values of `href` and `src` attributes in an HTML document. */
export function linksIn(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
}

/** Resolves an internal URL (under BASE) to the file that serves it, or undefined if it is missing. */
export function resolveInternal(url: string): string | undefined {
  const clean = decodeURIComponent(url.split('#')[0].split('?')[0]);
  if (!clean.startsWith(BASE)) return undefined;
  const rel = clean.slice(BASE.length);
  const candidates = [path.join(SALIDA, rel), path.join(SALIDA, rel, 'index.html')];
  return candidates.find((file) => fs.existsSync(file) && fs.statSync(file).isFile());
}
