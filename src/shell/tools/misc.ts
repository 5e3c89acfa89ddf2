/** tee, sleep, seq */
import { getopt, q, reportUsage, UsageError, usageTail, type Tool } from './common';

export const tee: Tool = (ctx, flavor) => {
  let parsed;
  try {
    parsed = getopt(ctx.argv.slice(1), { flags: 'ai', withArg: '', long: { append: 'a', 'ignore-interrupts': 'i' } });
  } catch (e) {
    if (e instanceof UsageError) return reportUsage(ctx, flavor, 'tee', e, 1);
    throw e;
  }
  const append = parsed.opts.some(([k]) => k === 'a');
  let status = 0;
  for (const file of parsed.operands) {
    const err = ctx.fs.write(file, ctx.stdin, append);
    if (err) {
      ctx.write(2, `tee: ${file}: ${err}\n`);
      status = 1;
    }
  }
  ctx.write(1, ctx.stdin);
  return status;
};

const UNIT: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

export const sleep: Tool = async (ctx, flavor) => {
  const args = ctx.argv.slice(1).filter((a) => a !== '--');
  if (args.length === 0) {
    ctx.write(2, flavor === 'bash' ? `sleep: missing operand\n${usageTail('sleep', flavor)}` : usageTail('sleep', flavor));
    return 1;
  }
  let seconds = 0;
  for (const a of args) {
    const m = /^(\d+\.?\d*|\.\d+)([smhd]?)$/.exec(a);
    if (!m) {
      if (flavor === 'busybox') ctx.write(2, `sleep: invalid number '${a}'\n`);
      else ctx.write(2, `sleep: invalid time interval ${q(flavor, a)}\n${usageTail('sleep', flavor)}`);
      return 1;
    }
    seconds += Number(m[1]) * UNIT[m[2]];
  }
  await ctx.sleep(seconds * 1000);
  return ctx.interrupted() ? 130 : 0;
};

export const seq: Tool = (ctx, flavor) => {
  let sep = '\n';
  let equalWidth = false;
  const nums: string[] = [];
  const args = ctx.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (/^-?(\d|\.\d)/.test(a) || nums.length > 0) { nums.push(a); continue; }
    if (a === '-s') { sep = args[++i] ?? ''; continue; }
    if (a.startsWith('-s')) { sep = a.slice(2); continue; }
    if (a === '-w') { equalWidth = true; continue; }
    if (a === '--') continue;
    if (a.startsWith('-')) return reportUsage(ctx, flavor, 'seq', new UsageError(`invalid option -- '${a[1]}'`), 1);
    nums.push(a);
  }
  if (nums.length === 0 || nums.length > 3) {
    if (flavor === 'busybox') { ctx.write(2, usageTail('seq', flavor)); return 1; }
    const msg = nums.length === 0 ? 'missing operand' : `extra operand ${q(flavor, nums[3])}`;
    ctx.write(2, `seq: ${msg}\n${usageTail('seq', flavor)}`);
    return 1;
  }
  for (const n of nums) {
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(n)) {
      if (flavor === 'busybox') { ctx.write(2, usageTail('seq', flavor)); return 1; }
      ctx.write(2, `seq: invalid floating point argument: ${q(flavor, n)}\n${usageTail('seq', flavor)}`);
      return 1;
    }
  }
  const [first, inc, last] = nums.length === 1 ? ['1', '1', nums[0]] : nums.length === 2 ? [nums[0], '1', nums[1]] : nums;
  const decimals = Math.max(...[first, inc].map((n) => (n.includes('.') ? n.split('.')[1].length : 0)));
  const a = Number(first);
  const step = Number(inc);
  const b = Number(last);
  if (step === 0) {
    ctx.write(2, flavor === 'bash' ? `seq: invalid Zero increment value: ${q(flavor, inc)}\n${usageTail('seq', flavor)}` : usageTail('seq', flavor));
    return 1;
  }
  const out: string[] = [];
  for (let k = 0; out.length < 1_000_000; k++) {
    const v = a + k * step;
    if (step > 0 ? v > b + 1e-9 : v < b - 1e-9) break;
    out.push(v.toFixed(decimals));
  }
  if (equalWidth) {
    const w = Math.max(...out.map((s) => s.replace('-', '').length));
    for (let i = 0; i < out.length; i++) out[i] = out[i].startsWith('-') ? '-' + out[i].slice(1).padStart(w, '0') : out[i].padStart(w, '0');
  }
  if (out.length) ctx.write(1, out.join(sep) + '\n');
  return 0;
};
