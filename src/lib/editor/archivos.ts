/**
 * Which files of the `decap-cms` package's `dist/` the site serves: the bundle the page loads,
 * the chunks it loads on demand (named `<n>.decap-cms.js`), their WebAssembly and the licence
 * notice. Not the source maps (about 50 MB) nor the duplicate `cms.js` build.
 */
/** Site path of the editor: the one page allowed to contact another origin (the Git host). */
export const RUTA_DEL_EDITOR = '/admin/';
/** File name of the editor's script, copied from the `decap-cms` package into the editor's folder. */
export const SCRIPT_DEL_EDITOR = 'decap-cms.js';

export function editorFiles(dist: readonly string[]): string[] {
  return dist.filter((f) => f === SCRIPT_DEL_EDITOR || /^\d+\.decap-cms\.js$/.test(f) || /\.wasm$/.test(f) || f === `${SCRIPT_DEL_EDITOR}.LICENSE.txt`).sort();
}
