import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const modulo = pathToFileURL(path.join(import.meta.dirname, 'salida-parcial.ts')).href;
let carpeta: string;
afterEach(() => fs.rmSync(carpeta, { recursive: true, force: true }));

/** A process that starts writing a site into `carpeta` and then ends as `fin` says. */
function run(fin: string) {
  carpeta = fs.mkdtempSync(path.join(os.tmpdir(), 'salida-'));
  const script = `
    import fs from 'node:fs';
    import { removeOutputOnFailure } from ${JSON.stringify(modulo)};
    removeOutputOnFailure(new URL(${JSON.stringify(pathToFileURL(carpeta).href)}));
    fs.mkdirSync(${JSON.stringify(path.join(carpeta, 'sesiones'))});
    fs.writeFileSync(${JSON.stringify(path.join(carpeta, 'sesiones', 'index.html'))}, '<p>a medias</p>');
    ${fin}
  `;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
}

describe('a failed build', () => {
  it('leaves no output folder, however it stops', () => {
    expect(run('process.exit(1);').status).toBe(1);
    expect(fs.existsSync(carpeta)).toBe(false);
    expect(run("throw new Error('una página falló');").status).toBe(1);
    expect(fs.existsSync(carpeta)).toBe(false);
    expect(run('process.exitCode = 1;').status).toBe(1);
    expect(fs.existsSync(carpeta)).toBe(false);
  });

  it('but a build that completes keeps it', () => {
    expect(run('').status).toBe(0);
    expect(fs.readFileSync(path.join(carpeta, 'sesiones', 'index.html'), 'utf8')).toBe('<p>a medias</p>');
  });
});
