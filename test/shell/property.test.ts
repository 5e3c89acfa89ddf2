/** Whatever a learner types, `run` resolves with a status and never throws. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Shell } from '../../src/shell/shell';
import { Capture, MemFs, registry } from './helpers';

const SHELL_CHARS = [...`'"\\$(){}[]|&;<>\`#\n\t =*~!-+/%:.,?@^0123456789abcdefxyzEOFif then fi for do done in case esac while`];
const FRAGMENTS = ['$(', '${', '$((', '))', '`', '<<EOF\n', '\nEOF\n', '<<<', '2>&1', '&>', '>&', '||', '&&', ';;', ' | ',
  'echo ', 'cat ', 'grep ', 'awk ', "'{print $1}'", 'sort ', 'sh -c ', 'bash -c ', 'exit ', 'for i in 1 2; do ', 'done',
  'if true; then ', 'fi', 'case x in ', 'esac', 'f() { ', ' }', '$?', '$#', '$@', '${x:-', '${#', '{1..3}', 'read a',
  'printf %s ', 'test ', '[ ', ' ]', '[[ ', ' ]]', ' =~ ', ' == ', 'eval ', 'source ', 'export X=', 'unset ', 'cd ', 'seq 3', 'xargs ', 'tr a-z A-Z'];

const shellish = fc
  .array(fc.oneof(fc.constantFrom(...SHELL_CHARS), fc.constantFrom(...FRAGMENTS)), { maxLength: 40 })
  .map((a) => a.join(''));

function freshShell(flavor: 'bash' | 'busybox', interactive: boolean) {
  let calls = 0;
  return new Shell({
    flavor,
    interactive,
    fs: new MemFs({ '/root/f.txt': 'a b\nc d\n' }),
    commands: registry({ boom: () => { throw new Error('kaboom'); } }),
    // a generous budget: long loops end through interrupted() as in the real runner
    interrupted: () => ++calls > 5000,
  });
}

async function check(line: string, flavor: 'bash' | 'busybox', interactive: boolean) {
  const out = new Capture();
  const shell = freshShell(flavor, interactive);
  const status = await shell.run(line, out);
  expect(Number.isInteger(status)).toBe(true);
  expect(status).toBeGreaterThanOrEqual(0);
  expect(status).toBeLessThanOrEqual(255);
  expect(out.all).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  expect(shell.isComplete(line)).toBeTypeOf('boolean');
}

describe('robustness (fast-check)', () => {
  it('random unicode strings never make run throw', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 60, unit: 'grapheme' }), async (s) => check(s, 'bash', true)), { numRuns: 300 });
  });

  it('shell-like random input never makes run throw (bash -c)', async () => {
    await fc.assert(fc.asyncProperty(shellish, async (s) => check(s, 'bash', false)), { numRuns: 1500 });
  });

  it('shell-like random input never makes run throw (busybox)', async () => {
    await fc.assert(fc.asyncProperty(shellish, async (s) => check(s, 'busybox', true)), { numRuns: 800 });
  });
});
