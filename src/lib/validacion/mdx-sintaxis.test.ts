import { describe, expect, it } from 'vitest';
import { checkMdxSyntax, translateMdxError } from './mdx-sintaxis.ts';
import type { RegistroLeido } from '../lectura/lectura.ts';

const registro = (archivo: string, cuerpo: string): RegistroLeido => ({ archivo, datos: {}, ubicar: () => ({ linea: 1 }), cuerpo, lineaDelCuerpo: 10 });

describe('MDX bodies, read as the build compiles them', () => {
  it('an unclosed tag is reported at its line of the file and column, in Spanish', () => {
    expect(checkMdxSyntax(registro('content/sesiones/a.mdx', 'Acta.\n\n<div>sin cerrar\n'))).toEqual([
      {
        archivo: 'content/sesiones/a.mdx',
        linea: 12,
        columna: 1,
        mensaje: 'el MDX no se puede leer: falta la etiqueta de cierre de «<div>» (abierta en la línea 12); si quería el signo «<» como texto, escriba «\\<»',
        nivel: 'error',
      },
    ]);
  });

  it('an unbalanced brace too', () => {
    const [problema] = checkMdxSyntax(registro('content/sesiones/a.mdx', 'Un {monto sin cerrar.\n'));
    expect(problema).toMatchObject({ linea: 10, columna: 4 });
    expect(problema.mensaje).toContain('falta la llave de cierre «}»');
  });

  it('valid MDX, and any Markdown file, gives nothing', () => {
    expect(checkMdxSyntax(registro('content/sesiones/a.mdx', '# Acta\n\n<div>Texto</div>\n\nUn \\{signo\\}.\n'))).toEqual([]);
    expect(checkMdxSyntax(registro('content/sesiones/a.md', '<div>sin cerrar {\n'))).toEqual([]);
  });

  it('never passes the parser’s English on', () => {
    expect(translateMdxError('1:3: Something new happened (mdx:nuevo)')).toMatch(/^el texto MDX no se puede leer/);
    expect(translateMdxError('5:1: Unexpected closing tag `</b>`, expected corresponding closing tag for `<a>` (3:1) (mdx-jsx:unexpected-character)', 10)).toBe(
      'la etiqueta de cierre «</b>» no corresponde a «<a>» (abierta en la línea 13)',
    );
  });
});
