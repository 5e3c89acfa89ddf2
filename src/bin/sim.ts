/**
 * npm run --silent sim -- FILE [--seed S]
 * Runs FILE line by line on a fresh simulated host and prints the transcript.
 */
import { readFileSync } from 'node:fs';
import { runTranscript } from '../runner/transcript.ts';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? args.splice(seedAt, 2)[1] : 'dockernet';
  // --online: a host that can pull from a registry (the courseware's); default is the offline recording host
  const onlineAt = args.indexOf('--online');
  if (onlineAt >= 0) args.splice(onlineAt, 1);
  const file = args[0];
  if (!file) {
    process.stderr.write('usage: npm run --silent sim -- FILE [--seed SEED] [--online]\n');
    return 2;
  }
  let text: string;
  try {
    text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (err) {
    process.stderr.write(`sim: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? err}\n`);
    return 2;
  }
  process.stdout.write(await runTranscript(text, { seed, registry: onlineAt >= 0 }));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`sim: ${(err as Error).message}\n`);
    process.exit(1);
  },
);
