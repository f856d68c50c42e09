import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../validacion/validar-contenido.ts';
import { generateCorpus } from './generar.ts';

describe('synthetic corpus', () => {
  it('is deterministic for a seed and differs for another', () => {
    const a = generateCorpus({ sesiones: 40, semilla: 7 });
    const b = generateCorpus({ sesiones: 40, semilla: 7 });
    const c = generateCorpus({ sesiones: 40, semilla: 8 });
    expect([...a]).toEqual([...b]);
    expect([...a]).not.toEqual([...c]);
  });

  it('has the requested sessions with five agreements each, and validates without errors', () => {
    const files = generateCorpus({ sesiones: 120 });
    const raiz = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-'));
    for (const [ruta, texto] of files) {
      fs.mkdirSync(path.dirname(path.join(raiz, ruta)), { recursive: true });
      fs.writeFileSync(path.join(raiz, ruta), texto);
    }
    fs.mkdirSync(path.join(raiz, 'data'));
    fs.cpSync(path.resolve(import.meta.dirname, '../../../data/municipios-edomex.csv'), path.join(raiz, 'data', 'municipios-edomex.csv'));
    const { problemas, conteos } = validateContent({
      carpetas: { raiz, contenido: path.join(raiz, 'content'), datos: path.join(raiz, 'data'), documentos: path.join(raiz, 'public', 'documentos') },
      hoy: '2026-11-21',
    });
    fs.rmSync(raiz, { recursive: true, force: true });
    expect(problemas.filter((p) => p.nivel === 'error')).toEqual([]);
    expect(conteos.sesiones).toBe(120);
    expect(conteos.acuerdos).toBe(600);
  });
});
