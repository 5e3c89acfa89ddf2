/** busybox ps inside a container: the processes of its PID namespace (main process, exec'd ones). */
import type { CommandContext } from '../../shell/types.ts';
import type { Container } from '../../engine/model/container.ts';

const COLUMNS: Record<string, { header: string; width: number; value: (p: { pid: number; args: string }) => string }> = {
  pid: { header: 'PID', width: 5, value: (p) => String(p.pid) },
  user: { header: 'USER', width: 8, value: () => 'root' },
  time: { header: 'TIME', width: 5, value: () => '0:00' },
  args: { header: 'COMMAND', width: 0, value: (p) => p.args },
  comm: { header: 'COMMAND', width: 0, value: (p) => p.args.split(' ')[0].split('/').pop()! },
};

export function busyboxPs(ctx: CommandContext, c: Container): number {
  const self = { pid: Math.max(1, ...(c.procs ?? []).map((p) => p.pid)) + 1, args: ctx.argv.join(' ') };
  // run through `docker exec`, ps is already in the table; from a shell it is a new child
  const listed = (c.procs ?? []).some((p) => p.args === self.args);
  const procs = [...(c.procs ?? []), ...(listed ? [] : [self])].sort((a, b) => a.pid - b.pid);
  const at = ctx.argv.indexOf('-o');
  if (at < 0) {
    ctx.write(1, 'PID   USER     TIME  COMMAND\n');
    for (const p of procs) ctx.write(1, `${String(p.pid).padStart(5)} root      0:00 ${p.args}\n`);
    return 0;
  }
  const spec = ctx.argv[at + 1];
  const cols = (spec ?? '').split(',').map((name) => {
    const [key, header] = name.split('=');
    const col = COLUMNS[key];
    return col ? { ...col, header: header ?? col.header } : undefined;
  });
  if (!spec || cols.some((x) => !x)) {
    ctx.write(2, `ps: bad -o argument '${(spec ?? '').split(',').find((n) => !COLUMNS[n.split('=')[0]]) ?? ''}'\n`);
    return 1;
  }
  const line = (vals: string[]) =>
    vals.map((v, i) => (cols[i]!.width && i < cols.length - 1 ? v.padStart(cols[i]!.width) : v)).join(' ').trimEnd() + '\n';
  ctx.write(1, line(cols.map((x) => x!.header)));
  for (const p of procs) ctx.write(1, line(cols.map((x) => x!.value(p))));
  return 0;
}
