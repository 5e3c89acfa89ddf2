/**
 * Every command recorded from the real tools in the lab namespaces (fixtures/lab.sh, capture.py) must
 * print the same from the snapshot of its namespace: stdout, stderr and exit status.
 */
import { describe, expect, it } from 'vitest';
import { bufferOut, netTools } from '../../src/cli/linux/index.ts';
import { lab, labEnv, maskTimers } from './fixtures/lab-env.ts';

describe('lab recordings', () => {
  for (const run of lab.runs) {
    const bb = run.argv[0] === 'busybox';
    const argv = bb ? run.argv.slice(1) : run.argv;
    const tool = netTools[argv[0]];
    const title = `${run.ns}: ${run.argv.join(' ')}`;
    if (!tool) throw new Error(`no tool for ${title}`);
    it(title, () => {
      const out = bufferOut();
      const code = tool(argv, labEnv(run, bb ? 'busybox' : 'host'), out);
      expect({ stdout: maskTimers(out.stdout), stderr: out.stderr, exit: code }).toEqual({
        stdout: maskTimers(run.stdout),
        stderr: run.stderr,
        exit: run.exit,
      });
    });
  }
});
