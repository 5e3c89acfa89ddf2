/** cat [-nbsEAT] [FILE]... */
import { getopt, openError, readInput, reportUsage, UsageError, type Tool } from './common';

export const cat: Tool = (ctx, flavor) => {
  let parsed;
  try {
    parsed = getopt(ctx.argv.slice(1), {
      flags: flavor === 'bash' ? 'AbeEnstTuv' : 'nbvteA',
      withArg: '',
      long: { number: 'n', 'number-nonblank': 'b', 'squeeze-blank': 's', 'show-ends': 'E', 'show-all': 'A', 'show-tabs': 'T' },
    });
  } catch (e) {
    if (e instanceof UsageError) return reportUsage(ctx, flavor, 'cat', e, 1);
    throw e;
  }
  const f = new Set(parsed.opts.map(([k]) => k));
  const number = f.has('n') || f.has('b');
  const nonblank = f.has('b');
  const ends = f.has('E') || f.has('A') || f.has('e');
  const tabs = f.has('T') || f.has('A') || f.has('t');
  const plain = !number && !ends && !tabs && !f.has('s');
  let status = 0;
  let n = 0;
  let prevBlank = false;
  const files = parsed.operands.length ? parsed.operands : ['-'];
  for (const file of files) {
    const text = readInput(ctx, file);
    if (text === null) {
      ctx.write(2, openError('cat', flavor, file));
      status = 1;
      continue;
    }
    if (plain) { ctx.write(1, text); continue; }
    let out = '';
    const parts = text.split('\n');
    parts.forEach((line, i) => {
      const last = i === parts.length - 1;
      if (last && line === '') return;
      const blank = line === '';
      if (f.has('s') && blank && prevBlank) return;
      prevBlank = blank;
      let l = tabs ? line.replace(/\t/g, '^I') : line;
      if (number && !(nonblank && blank)) l = `${String(++n).padStart(6)}\t${l}`;
      out += l + (last ? '' : ends ? '$\n' : '\n');
    });
    ctx.write(1, out);
  }
  return status;
};
