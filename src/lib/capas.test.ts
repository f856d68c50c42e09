/**
 * Layers run one way: no folder of `src/lib/` reaches, through its imports, back into itself.
 * The graph is read from the source files themselves, so a new import that closes a cycle fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = path.dirname(new URL(import.meta.url).pathname);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(file);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [file] : [];
  });
}

/** `encuestas` for src/lib/encuestas/x.ts; a file directly in src/lib is its own node (`fechas.ts`). */
const nodeOf = (file: string) => path.relative(LIB, file).split(path.sep)[0];

function folderGraph(): Map<string, Set<string>> {
  const grafo = new Map<string, Set<string>>();
  for (const file of sourceFiles(LIB)) {
    const desde = nodeOf(file);
    const destinos = grafo.get(desde) ?? new Set<string>();
    grafo.set(desde, destinos);
    for (const [, spec] of fs.readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"](\.[^'"]+)['"]/gm)) {
      const destino = path.resolve(path.dirname(file), spec);
      if (!destino.startsWith(LIB + path.sep)) continue;
      const nodo = nodeOf(destino);
      if (nodo !== desde) destinos.add(nodo);
    }
  }
  return grafo;
}

/** One cycle per strongly connected group, as a path «a → b → a». */
function cycles(grafo: Map<string, Set<string>>): string[] {
  const encontrados: string[] = [];
  const estado = new Map<string, 'abierto' | 'cerrado'>();
  const pila: string[] = [];
  const visit = (nodo: string) => {
    estado.set(nodo, 'abierto');
    pila.push(nodo);
    for (const siguiente of [...(grafo.get(nodo) ?? [])].sort()) {
      if (estado.get(siguiente) === 'abierto') encontrados.push([...pila.slice(pila.indexOf(siguiente)), siguiente].join(' → '));
      else if (!estado.has(siguiente)) visit(siguiente);
    }
    pila.pop();
    estado.set(nodo, 'cerrado');
  };
  for (const nodo of [...grafo.keys()].sort()) if (!estado.has(nodo)) visit(nodo);
  return encontrados;
}

describe('layers of src/lib', () => {
  it('finds the cycle in a graph that has one', () => {
    const grafo = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
    ]);
    expect(cycles(grafo)).toEqual(['a → b → c → a']);
  });

  it('has no import cycle between folders', () => {
    const grafo = folderGraph();
    expect(grafo.get('encuestas')?.has('csv')).toBe(true);
    expect(cycles(grafo)).toEqual([]);
  });

  it('keeps the shared pieces below their users', () => {
    const grafo = folderGraph();
    for (const base of ['csv', 'lectura', 'pendientes.ts']) {
      for (const alto of ['datos', 'encuestas', 'validacion', 'nuevo']) expect(grafo.get(base)?.has(alto) ?? false, `${base} → ${alto}`).toBe(false);
    }
    expect(grafo.get('validacion')?.has('nuevo') ?? false).toBe(false);
    expect(grafo.get('encuestas')?.has('validacion') ?? false).toBe(false);
    expect(grafo.get('encuestas')?.has('datos') ?? false).toBe(false);
  });
});
