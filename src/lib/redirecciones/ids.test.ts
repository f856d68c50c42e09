import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveFolders } from '../contenido/rutas.ts';
import { readFrontmatterFile } from '../lectura/lectura.ts';
import { listFiles } from '../validacion/archivos.ts';
import { recordIds } from './ids.ts';

const carpetas = resolveFolders(path.resolve(import.meta.dirname, '..', '..', '..'), {});
const sesiones = path.join(carpetas.contenido, 'sesiones');

describe('ids of the content', () => {
  it('are the same whether the sessions are read here or given already read', () => {
    const leidos = new Map(
      listFiles(sesiones, ['.md', '.mdx']).map((archivo) => [archivo, readFrontmatterFile(archivo, fs.readFileSync(archivo, 'utf8')).registros[0].datos]),
    );
    const propios = recordIds(carpetas);
    expect(propios.acuerdos.size).toBeGreaterThan(10);
    expect(recordIds(carpetas, (archivo) => leidos.get(archivo))).toEqual(propios);
  });

  it('take the agreements of a session from the frontmatter given, without reading its file again', () => {
    const [primera] = listFiles(sesiones, ['.md', '.mdx']);
    const ids = recordIds(carpetas, (archivo) => (archivo === primera ? { acuerdos: [{ id: 'DADO/1/2026' }] } : undefined));
    expect(ids.acuerdos.has('DADO/1/2026')).toBe(true);
  });
});
