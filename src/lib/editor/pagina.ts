/**
 * What the `/admin/` page hands to its script: the editor configuration, with each catalogue's
 * options once (`catalogos-compartidos.ts`), and, for each CSV table format, its columns. Built
 * from the loaded content at build time.
 */
import { absoluteUrl } from '../url.ts';
import { shareCatalogues, type ConfiguracionCompartida } from './catalogos-compartidos.ts';
export { RUTA_DEL_EDITOR, SCRIPT_DEL_EDITOR } from './archivos.ts';
import {
  catalogueOptions,
  editorConfig,
  tableColumns,
  TABLAS,
  type CatalogosDelContenido,
  type FormatoDeTabla,
  type RepositorioDelEditor,
} from './configuracion.ts';

export interface DatosDelEditor extends ConfiguracionCompartida<ReturnType<typeof editorConfig>> {
  columnas: Record<FormatoDeTabla, string[]>;
}

export function editorPageData(
  c: CatalogosDelContenido,
  repositorio: RepositorioDelEditor | undefined,
  base: string,
  logo: string,
  site?: URL | string,
): DatosDelEditor {
  const columnas = Object.fromEntries(Object.keys(TABLAS).map((f) => [f, tableColumns(f as FormatoDeTabla)])) as Record<FormatoDeTabla, string[]>;
  const catalogos = catalogueOptions(c);
  const config = editorConfig(catalogos, { repositorio, sitio: absoluteUrl('/', site), base, logo: absoluteUrl(`/${logo}`, site) });
  return { ...shareCatalogues(config, catalogos), columnas };
}
