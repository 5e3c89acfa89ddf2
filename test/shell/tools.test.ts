/**
 * Text tools: behaviour not already pinned by the recorded fixtures (fixtures.test.ts
 * holds several hundred cases compared against GNU and busybox output).
 */
import { describe, expect, it } from 'vitest';
import { bashC, MemFs } from './helpers';

const files = {
  '/root/t.txt': 'name age\nalice 30\nbob 25\n',
  '/root/n.txt': 'b\na\nc\n',
  '/root/prog.awk': '{ print $2 }\n',
};
const run = (line: string, flavor: 'bash' | 'busybox' = 'bash') => bashC(line, { fs: new MemFs(files), flavor });

describe('option parsing', () => {
  it('GNU style permutation: options after operands', async () => {
    expect((await run('grep alice -n t.txt')).stdout).toBe('2:alice 30\n');
  });

  it('-- ends options', async () => {
    expect((await run('printf -- "-x\\n" | grep -- -x')).stdout).toBe('-x\n');
  });

  it('invalid options: GNU hint line, busybox usage', async () => {
    expect((await run('sort -Q t.txt')).stderr).toBe("sort: invalid option -- 'Q'\nTry 'sort --help' for more information.\n");
    const bb = await run('wc -Q t.txt', 'busybox');
    expect(bb.stderr.split('\n').slice(0, 3)).toEqual(["wc: invalid option -- 'Q'", 'BusyBox v1.36.1 multi-call binary.', '']);
    expect(bb.status).toBe(1);
  });

  it('long options', async () => {
    expect((await run('head --lines=1 t.txt; grep --count a t.txt; sort --reverse n.txt')).stdout).toBe('name age\n2\nc\nb\na\n');
    expect((await run('cat --bogus')).stderr).toBe("cat: unrecognized option '--bogus'\nTry 'cat --help' for more information.\n");
  });
});

describe('grep', () => {
  it('egrep / fgrep and -P', async () => {
    expect((await run('egrep "al|bo" t.txt; fgrep "a." t.txt; echo $?; grep -P "\\d{2}" t.txt')).stdout).toBe('alice 30\nbob 25\n1\nalice 30\nbob 25\n');
  });

  it('reads stdin as (standard input) with -H', async () => {
    expect((await run('echo hi | grep -H hi')).stdout).toBe('(standard input):hi\n');
  });

  it('BRE vs ERE special characters', async () => {
    expect((await run('echo "a+b (c)" | grep -o "a+b"; echo "aab" | grep -o "a\\+b"; echo "x{2}" | grep -o "x{2}"')).stdout).toBe('a+b\naab\nx{2}\n');
  });
});

describe('head / tail / wc on stdin', () => {
  it('headers name standard input', async () => {
    expect((await run('cat n.txt | head -n1 - t.txt')).stdout).toBe('==> standard input <==\nb\n\n==> t.txt <==\nname age\n');
  });

  it('wc pads to 7 for stdin, to the file size for files', async () => {
    expect((await run('cat t.txt | wc; wc t.txt')).stdout).toBe('      3       6      25\n 3  6 25 t.txt\n');
  });
});

describe('sort / uniq / cut / tr extras', () => {
  it('sort -o writes the file, uniq writes its output file', async () => {
    const fs = new MemFs(files);
    await bashC('sort -o s.txt n.txt; printf "a\\na\\n" | uniq - u.txt', { fs });
    expect(fs.files.get('/root/s.txt')).toBe('a\nb\nc\n');
    expect(fs.files.get('/root/u.txt')).toBe('a\n');
  });

  it('tr ranges and classes, -s and -d together', async () => {
    expect((await run("echo 'Hello  World' | tr -s ' ' | tr '[:upper:]' '[:lower:]'; echo aabbcc | tr -ds a b")).stdout).toBe('hello world\nbcc\n');
  });

  it('cut keeps input order and passes lines without the delimiter', async () => {
    expect((await run("printf 'a:b:c\\nplain\\n' | cut -d: -f3,1")).stdout).toBe('a:c\nplain\n');
  });
});

describe('awk', () => {
  it('-f program file and var=value operands', async () => {
    expect((await run('awk -f prog.awk t.txt; awk \'{ print x, $1 }\' x=1 n.txt')).stdout).toBe('age\n30\n25\n1 b\n1 a\n1 c\n');
  });

  it('print | "cmd" runs the command on the output when awk ends', async () => {
    expect((await run('awk \'{ print $1 | "sort -r" } END { print "first" }\' t.txt')).stdout).toBe('first\nname\nbob\nalice\n');
  });

  it('getline var < file and plain getline', async () => {
    expect((await run('awk \'BEGIN { while ((getline l < "n.txt") > 0) s = s l; print s }\'')).stdout).toBe('bac\n');
    expect((await run('awk \'NR == 1 { getline; print "after:", $1 }\' t.txt')).stdout).toBe('after: alice\n');
  });

  it('unsupported forms say so clearly (exit 2)', async () => {
    const r = await run('awk \'BEGIN { "date" | getline d }\'');
    expect(r.stderr).toBe('awk: line 1: reading a command with getline is not supported here\n');
    expect(r.status).toBe(2);
    expect((await run('awk \'BEGIN { system("ls") }\'')).stderr).toBe('awk: run time error: system() is not supported\n\tFILENAME="" FNR=0 NR=0\n');
  });

  it('syntax errors in mawk and busybox wording', async () => {
    expect((await run("awk '{ print $1 ' t.txt")).stderr).toBe('awk: line 2: missing } near end of file\n');
    expect((await run("awk 'BEGIN { x = }'")).stderr).toBe('awk: line 1: syntax error at or near }\n');
    expect((await run("awk 'BEGIN { x = }'", 'busybox')).stderr).toBe('awk: cmd. line:1: Unexpected token\n');
  });

  it('uninitialised values, string vs number comparison', async () => {
    expect((await run('echo "10 9" | awk \'{ print ($1 > $2), ("10" > "9"), (u == 0), (u == "") }\'')).stdout).toBe('1 0 1 1\n');
  });

  it('ENVIRON and -v', async () => {
    const r = await bashC('X=42 awk -v y=7 \'BEGIN { print ENVIRON["X"] + y }\'');
    expect(r.stdout).toBe('49\n');
  });
});

describe('tee / xargs / seq / sleep', () => {
  it('tee -a appends', async () => {
    const fs = new MemFs({ '/root/log': 'old\n' });
    await bashC('echo new | tee -a log > /dev/null', { fs });
    expect(fs.files.get('/root/log')).toBe('old\nnew\n');
  });

  it('xargs -I runs once per line', async () => {
    expect((await run('cat n.txt | xargs -I{} echo "<{}>"')).stdout).toBe('<b>\n<a>\n<c>\n');
  });

  it('seq formats', async () => {
    expect((await run('seq -s+ 1 3; seq -w 9 11; seq 1 0.5 2')).stdout).toBe('1+2+3\n09\n10\n11\n1.0\n1.5\n2.0\n');
  });

  it('sleep reports interruption with 130', async () => {
    let stop = false;
    const r = await bashC('sleep 5; echo after', { sleep: async () => { stop = true; }, interrupted: () => stop });
    expect(r.stdout).toBe('');
    expect(r.status).toBe(130);
  });
});
