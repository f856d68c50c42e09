/**
 * JSON placed inside a page's `<script>` element (`type="application/json"` or
 * `application/ld+json`), written with `set:html`. The data comes from content files and CSV
 * cells, so no text may close the element: every `<` is escaped, and U+2028 and U+2029 too,
 * which older JavaScript parsers take for line ends.
 */
export function jsonForScript(valor: unknown): string {
  return JSON.stringify(valor)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
