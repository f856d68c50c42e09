/**
 * Whatever stops a build (the content check, a page that throws, a later integration), the output
 * folder it was writing is removed as the process exits, so a failed build leaves no partial site
 * to be published by mistake. A build that completes exits with code 0 and keeps it.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export function removeOutputOnFailure(outDir: URL | string): void {
  const carpeta = outDir instanceof URL ? fileURLToPath(outDir) : outDir;
  process.once('exit', (codigo) => {
    if (codigo !== 0) fs.rmSync(carpeta, { recursive: true, force: true });
  });
}
