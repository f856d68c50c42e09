/**
 * A static file server for the test build on 127.0.0.1, serving it under BASE like a real host
 * (which also compresses text with gzip, so transfer figures and Lighthouse are realistic).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BASE, SALIDA } from './rutas.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface Servidor {
  /** Origin plus BASE, e.g. `http://127.0.0.1:40123/transparencia/`. */
  url: string;
  origen: string;
  cerrar(): Promise<void>;
}

/**
 * Serves the built site in `root` under the sub-path `base` it was built for; `cabeceras` go with
 * every file served (a host's security policy, say).
 */
export async function startServer(root = SALIDA, base = BASE, cabeceras: Record<string, string> = {}): Promise<Servidor> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!pathname.startsWith(base)) {
      res.writeHead(404).end('fuera de base');
      return;
    }
    let file = path.join(root, pathname.slice(base.length));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) {
      const notFound = path.join(root, '404.html');
      res.writeHead(404, { 'Content-Type': TYPES['.html'] }).end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'no encontrado');
      return;
    }
    const tipo = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const cuerpo = fs.readFileSync(file);
    const comprimible =
      /^(text\/|application\/(json|xml|javascript|ld\+json)|image\/svg)/.test(tipo) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (comprimible) {
      res.writeHead(200, { ...cabeceras, 'Content-Type': tipo, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      res.end(gzipSync(cuerpo));
    } else {
      res.writeHead(200, { ...cabeceras, 'Content-Type': tipo });
      res.end(cuerpo);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origen = `http://127.0.0.1:${port}`;
  return { url: `${origen}${base}`, origen, cerrar: () => new Promise((resolve) => server.close(() => resolve())) };
}
