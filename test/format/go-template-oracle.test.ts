// Differential test: every case in fixtures/go-template-oracle.json was run
// through Go 1.19.8 text/template with docker/cli's template functions; the
// TypeScript engine must produce the same output and the same error text.
import { describe, expect, it } from 'vitest';
import cases from './fixtures/go-template-oracle.json';
import { parseGoTemplate, TemplateExecError } from '../../src/cli/format/go-template.js';
import { containerJSON, misc, networkContext, rawContainer } from './oracle-data.js';

interface Case { data: string; format: string; missingKey?: string; out: string; err?: string }

const data: Record<string, () => unknown> = { net: networkContext, container: containerJSON, raw: rawContainer, misc };

function run(c: Case): { out: string; err?: string } {
  let t;
  try {
    t = parseGoTemplate(c.format);
  } catch (e) {
    return { out: '', err: (e as Error).message };
  }
  try {
    return { out: t.execute(data[c.data](), { missingKey: (c.missingKey || 'default') as 'default' | 'error' }) };
  } catch (e) {
    if (!(e instanceof TemplateExecError)) throw e;
    return { out: e.output, err: e.message };
  }
}

describe('Go text/template oracle', () => {
  it('has cases', () => expect((cases as Case[]).length).toBeGreaterThan(300));
  for (const c of cases as Case[]) {
    it(`${c.data}${c.missingKey ? ` [missingkey=${c.missingKey}]` : ''}: ${JSON.stringify(c.format)}`, () => {
      // Pointers print as heap addresses in Go; only their shape can match.
      const norm = (s: string) => s.replace(/0xc[0-9a-f]{9,}/g, '0xADDR');
      const got = run(c);
      const want = c.err ? { out: c.out, err: c.err } : { out: c.out };
      expect({ out: norm(got.out), err: got.err }).toEqual({ out: norm(want.out), err: want.err });
    });
  }
});
