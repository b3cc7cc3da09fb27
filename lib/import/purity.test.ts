import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(process.cwd(), 'lib/import');
const sources = readdirSync(dir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));

describe('lib/import', () => {
  it.each(sources)('%s uses no DOM, network, storage, clock or randomness', (name) => {
    const code = readFileSync(join(dir, name), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
    expect(code).not.toMatch(/\b(fetch|XMLHttpRequest|WebSocket|localStorage|sessionStorage|indexedDB|document|window|navigator|Date\.now|Math\.random)\b/);
    expect(code).not.toMatch(/\bnew Date\(\)/);
    expect(code).not.toMatch(/from 'node:|require\(/);
  });

  it('imports nothing from the pages, components or the rules engine but the country list', () => {
    for (const name of sources) {
      const imports = [...readFileSync(join(dir, name), 'utf8').matchAll(/from '([^']+)'/g)].map((match) => match[1]!);
      for (const path of imports) expect([name, path]).toEqual([name, expect.stringMatching(/^(\.\/[\w-]+|\.\.\/rules\/countries|fflate|papaparse)$/)]);
    }
  });
});
