import { describe, expect, it } from 'vitest';
import { jsonForScript } from './json-en-script.ts';

describe('jsonForScript', () => {
  it('cannot close the script element it is written into, and reads back as the same value', () => {
    const valor = { a: '</script><b>', b: 'línea\u2028otra\u2029fin', c: [1, null] };
    const json = jsonForScript(valor);
    expect(json).toBe('{"a":"\\u003c/script>\\u003cb>","b":"línea\\u2028otra\\u2029fin","c":[1,null]}');
    expect(json).not.toMatch(/<|\u2028|\u2029/);
    expect(JSON.parse(json)).toEqual(valor);
  });
});
