/**
 * Browser side of `/admin/`: registers the CSV table formats and starts Decap CMS with the
 * configuration the page carries, its catalogue lists put back in every select. Without a
 * repository configured, it shows the page's notice instead of an editor that could not save.
 */
import { expandCatalogues } from './catalogos-compartidos.ts';
import { csvToEntry, entryToCsv, type TablaDelEditor } from './formato-csv.ts';
import type { DatosDelEditor } from './pagina.ts';

interface Decap {
  registerCustomFormat(nombre: string, extension: string, formato: { fromFile(texto: string): unknown; toFile(datos: unknown): string }): void;
  init(opciones: { config: unknown }): void;
}

export function startEditor(): void {
  const cms = (window as unknown as { CMS?: Decap }).CMS;
  const datos = JSON.parse(document.getElementById('configuracion-del-editor')?.textContent ?? '{}') as DatosDelEditor;
  const backend = datos.config.backend as { name: string; repo?: string };
  if (!cms || (backend.name === 'github' && !backend.repo)) {
    document.getElementById('aviso-del-editor')?.removeAttribute('hidden');
    return;
  }
  for (const [formato, columnas] of Object.entries(datos.columnas)) {
    cms.registerCustomFormat(formato, 'csv', {
      fromFile: (texto) => csvToEntry(texto),
      toFile: (tabla) => entryToCsv(tabla as TablaDelEditor, columnas),
    });
  }
  cms.init({ config: expandCatalogues(datos) });
}
