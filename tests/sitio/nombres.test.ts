/**
 * Names, not codes: no page shows a person the id of a body, an institution or a person where its
 * name belongs, and no page shows an empty «()» where a name was expected.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { RAIZ } from '../soporte/rutas.ts';
import { builtFiles, readPage } from '../soporte/sitio.ts';

const catalogo = (name: string) =>
  (parseYaml(fs.readFileSync(path.join(RAIZ, 'content', name), 'utf8')) as { id: string; nombre: string; siglas?: string }[]).map((r) => r.id);

/** Text a reader sees: no scripts, styles, code or tags (attributes keep ids for links, by design). */
function visibleText(html: string): string {
  return (
    html
      .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
      // Code names a file or a field on purpose; it stands as one word, so «(<code>…</code>)» is not empty.
      .replace(/<(code|pre)\b[\s\S]*?<\/\1>/g, ' «código» ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&[a-z]+;|&#\d+;/g, ' ')
  );
}

// Ids made of one word («stl», «infoem») are also the body's acronym, so only compound ids tell.
const IDS = [...catalogo('organos.yaml'), ...catalogo('instituciones.yaml'), ...catalogo('personas.yaml')].filter((id) => id.includes('-'));
// Dataset pages preview the files themselves, whose columns hold ids on purpose.
const PAGINAS = builtFiles().filter((f) => f.endsWith('.html') && !f.startsWith('datos/'));

describe('names, not codes', () => {
  it('has compound ids to look for', () => {
    expect(IDS).toContain('grupo-operativo-stl');
  });

  it.each(PAGINAS)('%s shows names instead of ids', (archivo) => {
    const texto = visibleText(readPage('/' + archivo.replace(/index\.html$/, '')));
    const encontrados = IDS.filter((id) => new RegExp(`(^|[^\\p{L}\\p{N}/-])${id}($|[^\\p{L}\\p{N}/-])`, 'u').test(texto));
    expect(encontrados).toEqual([]);
    expect(texto).not.toMatch(/\(\s*\)/);
  });
});
