import { describe, expect, it } from 'vitest';
import { formatProblem } from './lectura/problema.ts';
import { findPlaceholders, isPlaceholderProblem, placeholderProblems } from './pendientes.ts';

describe('placeholders left by the scaffolds', () => {
  it('are named by line and field in front matter and body, YAML comments aside', () => {
    const texto = [
      '---',
      'titulo: Carnet',
      '# objetivo: "PENDIENTE: un ejemplo comentado no cuenta"',
      'avances:',
      '  - fecha: 2024-01-10',
      '    resumen: "PENDIENTE: qué se informó."',
      '    cifras: []',
      '---',
      '',
      'PENDIENTE: descripción del compromiso, en Markdown.',
      '',
    ].join('\n');
    expect(findPlaceholders('compromisos/x.md', texto)).toEqual([
      { linea: 6, columna: 15, campo: 'avances[0].resumen', texto: 'PENDIENTE: qué se informó.' },
      { linea: 10, columna: 1, campo: 'cuerpo', texto: 'PENDIENTE: descripción del compromiso, en Markdown.' },
    ]);
  });

  it('in a CSV cell, by row and column; in a survey description, by field', () => {
    expect(findPlaceholders('eventos.csv', 'id,titulo,descripcion\nforo-2024,Foro,"PENDIENTE: qué se hizo"\n')).toEqual([
      { linea: 2, campo: 'descripcion', texto: 'PENDIENTE: qué se hizo' },
    ]);
    const yaml =
      'titulo: Consulta\nfuente:\n  documento: "PENDIENTE: documento de origen."\ndimensiones:\n  - id: general\n    nombre: "PENDIENTE: nombre del tema"\n';
    expect(findPlaceholders('data/encuestas/x/encuesta.yaml', yaml).map((p) => `${p.linea} ${p.campo}`)).toEqual([
      '3 fuente.documento',
      '6 dimensiones[0].nombre',
    ]);
  });

  it('are errors, in Spanish, that a scaffolding tool can tell apart', () => {
    const [problema] = placeholderProblems('content/compromisos/x.md', '---\nobjetivo: "PENDIENTE: el objetivo."\n---\n');
    expect(formatProblem(problema)).toBe(
      'content/compromisos/x.md:2:12 — objetivo: texto de plantilla por completar: «PENDIENTE: el objetivo.»; escriba el texto definitivo (no se publica un archivo con «PENDIENTE:»)',
    );
    expect(problema.nivel).toBe('error');
    expect(isPlaceholderProblem(problema)).toBe(true);
    expect(placeholderProblems('a.md', '---\ntitulo: Listo\n---\nTexto.\n')).toEqual([]);
  });
});
