/**
 * The GitHub workflows are valid YAML and only run commands this project defines.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const raiz = path.resolve(import.meta.dirname, '..');
const scripts = Object.keys(JSON.parse(fs.readFileSync(path.join(raiz, 'package.json'), 'utf8')).scripts);
const carpeta = path.join(raiz, '.github', 'workflows');
const flujos = fs.readdirSync(carpeta).filter((f) => f.endsWith('.yml'));

type Paso = { run?: string; uses?: string };
const pasos = (flujo: { jobs: Record<string, { steps: Paso[] }> }) => Object.values(flujo.jobs).flatMap((job) => job.steps);

describe('GitHub workflows', () => {
  it('exist for pull requests and for publishing', () => {
    expect(flujos.sort()).toEqual(['publicar.yml', 'revision.yml']);
  });

  it.each(flujos)('%s is valid YAML whose npm commands exist in package.json', (archivo) => {
    const flujo = parseYaml(fs.readFileSync(path.join(carpeta, archivo), 'utf8'));
    expect(flujo.name).toBeTruthy();
    for (const paso of pasos(flujo)) {
      for (const [, comando] of (paso.run ?? '').matchAll(/npm (?:run )?([\w:-]+)/g)) {
        if (['install', 'ci'].includes(comando)) continue;
        expect(scripts, `${archivo}: npm ${comando}`).toContain(comando);
      }
    }
  });

  it('validates, builds, tests and uploads a preview on pull requests', () => {
    const flujo = parseYaml(fs.readFileSync(path.join(carpeta, 'revision.yml'), 'utf8'));
    const texto = pasos(flujo)
      .map((p) => p.run ?? p.uses ?? '')
      .join('\n');
    expect(flujo.on).toHaveProperty('pull_request');
    for (const parte of ['npm run validate', 'npm run build', 'npm test', 'actions/upload-artifact']) expect(texto).toContain(parte);
  });

  it('keeps the build cache between runs of a pull request, in the folder the build uses', () => {
    const flujo = parseYaml(fs.readFileSync(path.join(carpeta, 'revision.yml'), 'utf8'));
    const todos = pasos(flujo);
    const cache = todos.find((p) => p.uses?.startsWith('actions/cache')) as Paso & { with: { path: string; key: string; 'restore-keys': string } };
    const build = todos.find((p) => p.run === 'npm run build') as Paso & { env: Record<string, string> };
    expect(cache).toBeDefined();
    expect(todos.indexOf(cache)).toBeLessThan(todos.indexOf(build));
    expect(build.env.CARPETA_DE_CACHE).toBe(cache.with.path);
    // Not under node_modules, which `npm ci` empties.
    expect(cache.with.path).not.toMatch(/node_modules/);
    expect(cache.with.key.startsWith(cache.with['restore-keys'])).toBe(true);
  });

  it('deploys main to GitHub Pages under the repository sub-path', () => {
    const flujo = parseYaml(fs.readFileSync(path.join(carpeta, 'publicar.yml'), 'utf8'));
    expect(flujo.on.push.branches).toEqual(['main']);
    const build = pasos(flujo).find((p) => p.run === 'npm run build') as Paso & { env: Record<string, string> };
    expect(build.env.SITIO_BASE).toContain('base_path');
    expect(pasos(flujo).some((p) => p.uses?.startsWith('actions/deploy-pages'))).toBe(true);
  });
});
