import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mexicoCityDate } from './fechas.ts';
import { fileLinks, loadHistory, parseGitLog, repositoryOf } from './historial.ts';

describe('change history', () => {
  it('takes each file’s newest commit, dated in Mexico City', () => {
    const log = [
      '\x1ebbb\t2023-02-25T03:10:00+00:00\n\ncontent/sesiones/stl-2023-02-24.md\ncontent/eventos.csv\n',
      '\x1eaaa\t2022-12-16T18:00:00-06:00\n\ncontent/eventos.csv\ncontent/personas.yaml\n',
    ].join('');
    const cambios = parseGitLog(log);
    expect(cambios.get('content/sesiones/stl-2023-02-24.md')).toEqual({ commit: 'bbb', fecha: '2023-02-24' });
    expect(cambios.get('content/eventos.csv')?.commit).toBe('bbb');
    expect(cambios.get('content/personas.yaml')).toEqual({ commit: 'aaa', fecha: '2022-12-16' });
  });
  it('converts timestamps to the Mexico City day', () => {
    expect(mexicoCityDate('2022-12-17T05:59:00Z')).toBe('2022-12-16');
    expect(mexicoCityDate('2022-12-17T06:00:00Z')).toBe('2022-12-17');
  });
  it('finds the repository in the configuration or in GitHub Actions', () => {
    expect(repositoryOf({ url: 'https://example.org/r', rama: 'principal' }, {})).toEqual({ url: 'https://example.org/r', rama: 'principal' });
    expect(repositoryOf(undefined, { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'infoem/sitio', GITHUB_REF_NAME: 'main' })).toEqual({
      url: 'https://github.com/infoem/sitio',
      rama: 'main',
    });
    expect(repositoryOf(undefined, {})).toBeUndefined();
  });
  it('links to the history and the editor of a file', () => {
    expect(fileLinks({ url: 'https://github.com/infoem/sitio', rama: 'main' }, 'content/sesiones/stl-2022-12-16.md')).toEqual({
      historial: 'https://github.com/infoem/sitio/commits/main/content/sesiones/stl-2022-12-16.md',
      editar: 'https://github.com/infoem/sitio/edit/main/content/sesiones/stl-2022-12-16.md',
    });
  });
});

describe('history of a checkout', () => {
  const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8' });

  it('has no usable history outside git', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sin-git-'));
    expect(loadHistory(dir)).toEqual({ disponible: false, cambios: new Map() });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads each content file’s last commit in a full clone, and none in a shallow one', () => {
    const origen = fs.mkdtempSync(path.join(os.tmpdir(), 'repo-'));
    git(origen, 'init', '-q', '-b', 'main');
    fs.mkdirSync(path.join(origen, 'content'));
    fs.writeFileSync(path.join(origen, 'content', 'a.md'), 'uno');
    git(origen, 'add', '.');
    git(origen, '-c', 'user.name=Prueba', '-c', 'user.email=prueba@example.org', 'commit', '-qm', 'uno', '--date', '2022-12-16T12:00:00-06:00');
    fs.writeFileSync(path.join(origen, 'content', 'b.md'), 'dos');
    git(origen, 'add', '.');
    git(origen, '-c', 'user.name=Prueba', '-c', 'user.email=prueba@example.org', 'commit', '-qm', 'dos');
    const completo = loadHistory(origen);
    expect(completo.disponible).toBe(true);
    expect([...completo.cambios.keys()].sort()).toEqual(['content/a.md', 'content/b.md']);

    const superficial = fs.mkdtempSync(path.join(os.tmpdir(), 'superficial-'));
    git(os.tmpdir(), 'clone', '-q', '--depth', '1', `file://${origen}`, superficial);
    expect(loadHistory(superficial).disponible).toBe(false);
    fs.rmSync(origen, { recursive: true, force: true });
    fs.rmSync(superficial, { recursive: true, force: true });
  });
});
