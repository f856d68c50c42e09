import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { sesionSchema } from '../../schemas/sesion.ts';
import { sessionFile, proposalsFile, proposalsOf, scalar } from './escribir.ts';
import { extractSession } from './extraer.ts';
import { CATALOGOS } from './pruebas/catalogos-de-prueba.ts';

const acta = fs.readFileSync(path.join(import.meta.dirname, 'pruebas', 'acta-comite-en-tablas.txt'), 'utf8');
const frontmatter = (texto: string) => yaml.load(/^---\n([\s\S]*?)\n---/.exec(texto)![1]) as Record<string, unknown>;

describe('the draft file', () => {
  const borrador = extractSession(acta, CATALOGOS);
  const archivo = sessionFile(borrador, 'acta.txt');

  it('quotes only what YAML needs, so numbers stay text and times stay times', () => {
    expect(scalar('1')).toBe('"1"');
    expect(scalar('Se aprueba: el orden')).toBe('"Se aprueba: el orden"');
    expect(scalar('Comisionada')).toBe('Comisionada');
    expect(archivo).toContain('hora_inicio: "13:30"');
  });

  it('is refused by the schema as written, and passes it once the marks are resolved', () => {
    expect(sesionSchema.safeParse(frontmatter(archivo)).success).toBe(false);
    const revisado = archivo.replace('resumen: ""', 'resumen: Se clasificó un expediente.');
    const datos = sesionSchema.parse(frontmatter(revisado));
    expect(datos.acuerdos.map((a) => a.texto)).toEqual(borrador.datos.acuerdos.map((a) => a.texto));
    expect(datos.asistentes.map((a) => a.persona)).toEqual(['ana-laura-perez-gomez', 'lilibeth-alvarez-rodriguez', 'tomas-ruiz-olvera']);
  });

  it('marks each new person and body and proposes them in their own file', () => {
    expect(archivo).toMatch(/persona: ana-laura-perez-gomez {2}# REVISAR: persona nueva/);
    const propuestas = proposalsFile(proposalsOf(borrador), 'acta.txt')!;
    expect(propuestas).toContain('# → content/personas.yaml\n- id: ana-laura-perez-gomez\n  nombre: Ana Laura Pérez Gómez');
    expect(propuestas).toContain('# → content/organos.yaml\n- id: comite-de-transparencia-del-ayuntamiento');
    expect(propuestas).toContain('descripcion: ""  # REVISAR:');
  });
});
