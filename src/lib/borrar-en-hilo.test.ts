import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deleteInWorker } from './borrar-en-hilo.ts';

describe('deleting folders in a worker thread', () => {
  it('deletes every folder given, with what is inside, and leaves the rest', async () => {
    const raiz = fs.mkdtempSync(path.join(os.tmpdir(), 'borrar-'));
    try {
      for (const archivo of ['a/sesiones/x/index.html', 'a/pagefind/index/1.pf_index', 'b/index.html', 'quedarse/index.html']) {
        fs.mkdirSync(path.dirname(path.join(raiz, archivo)), { recursive: true });
        fs.writeFileSync(path.join(raiz, archivo), 'x');
      }
      await deleteInWorker([path.join(raiz, 'a'), path.join(raiz, 'b'), path.join(raiz, 'no-existe')]);
      expect(fs.readdirSync(raiz)).toEqual(['quedarse']);
    } finally {
      fs.rmSync(raiz, { recursive: true, force: true });
    }
  });

  it('resolves at once when there is nothing to delete', async () => {
    await expect(deleteInWorker([])).resolves.toBeUndefined();
  });
});
