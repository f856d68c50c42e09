/**
 * Weight of a built page: its HTML, the CSS it links and all the JavaScript it runs, including
 * modules it imports later (a chart library loaded once the page has rendered still counts).
 * Used by `npm run bench` and by the tests of page-weight budgets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Peso {
  bytes: number;
  gzip: number;
}

const pack = (buffers: Buffer[]): Peso => ({ bytes: buffers.reduce((s, b) => s + b.length, 0), gzip: buffers.reduce((s, b) => s + gzipSync(b).length, 0) });

/** `ref` (an address under `base`) as a file of the built site. */
const fileOf = (sitio: string, base: string, ref: string) => path.join(sitio, ref.startsWith(base) ? ref.slice(base.length) : ref.replace(/^\/+/, ''));

/** Every JavaScript file a script loads, itself included: static and dynamic imports, followed. */
export function scriptFiles(archivo: string): string[] {
  const vistos = new Set<string>();
  const pendientes = [archivo];
  while (pendientes.length) {
    const actual = pendientes.pop()!;
    if (vistos.has(actual) || !fs.existsSync(actual)) continue;
    vistos.add(actual);
    const codigo = fs.readFileSync(actual, 'utf8');
    // Bundlers write specifiers with any quote, backticks included: import(`./x.js`).
    for (const m of codigo.matchAll(/(?:\bimport\s*\(\s*|\bfrom\s*|\bimport\s*)(["'`])(\.{1,2}\/[^"'`]+\.js)\1/g)) {
      pendientes.push(path.resolve(path.dirname(actual), m[2]));
    }
  }
  return [...vistos];
}

/** Bytes (raw and gzipped) of HTML, CSS and JavaScript of the page at `ruta` of a built site. */
export function pageWeight(sitio: string, base: string, ruta: string): { html: Peso; css: Peso; js: Peso } {
  const html = fs.readFileSync(path.join(sitio, ruta, 'index.html'));
  const texto = html.toString();
  const refs = (extension: string) => [...texto.matchAll(new RegExp(`(?:href|src)="([^"]+\\.${extension})"`, 'g'))].map((m) => fileOf(sitio, base, m[1]));
  const js = [...new Set(refs('js').flatMap(scriptFiles))].map((f) => fs.readFileSync(f));
  // JSON-LD metadata is data, not script.
  const enLinea = [...texto.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1])).filter((b) => b.length);
  return { html: pack([html]), css: pack(refs('css').map((f) => fs.readFileSync(f))), js: pack([...js, ...enLinea]) };
}
