/** busybox wget in containers, curl on the host: HTTP over the simulated data plane. */
import type { CommandContext } from '../../shell/types.ts';
import { resolve } from '../../engine/dns/resolver.ts';
import type { Origin } from './origin.ts';
import { parseUrl, serveHttp, tcpConnect, type HttpResponse } from './tcp.ts';

export function busyboxWget(ctx: CommandContext, o: Origin): number {
  let quiet = false;
  let outFile: string | undefined;
  let url: string | undefined;
  let spider = false;
  const argv = ctx.argv;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--spider') spider = true;
    else if (/^-[qO]+/.test(a) || a === '-T' || a.startsWith('-T')) {
      if (a.includes('q')) quiet = true;
      if (a.includes('O')) outFile = a.slice(a.indexOf('O') + 1) || argv[++i];
      if (a === '-T') i++;
    } else if (a.startsWith('-')) continue;
    else url = a;
  }
  if (!url) {
    ctx.write(2, 'BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n\nRetrieve files via HTTP or FTP\n');
    return 1;
  }
  const u = parseUrl(url);
  if (!u) return 1;
  const hostPort = /:\d+/.test(url.replace(/^http:\/\//, '').split('/')[0]) ? `${u.host}:${u.port}` : u.host;
  const ans = resolve(o.engine, o.container, u.host);
  if (!ans) {
    ctx.write(2, `wget: bad address '${hostPort}'\n`);
    return 1;
  }
  const ip = ans.ips[0];
  if (!quiet) ctx.write(2, `Connecting to ${hostPort} (${ip}:${u.port})\n`);
  const conn = tcpConnect(o, ip, u.port);
  if (conn.kind === 'refused' || conn.kind === 'unreachable') {
    ctx.write(2, `wget: can't connect to remote host (${ip}): ${conn.kind === 'refused' ? 'Connection refused' : 'Network is unreachable'}\n`);
    return 1;
  }
  if (conn.kind === 'timeout') {
    ctx.write(2, `wget: can't connect to remote host (${ip}): Connection timed out\n`);
    return 1;
  }
  if (conn.kind === 'empty') {
    ctx.write(2, 'wget: error getting response: Connection reset by peer\n');
    return 1;
  }
  const res = serveHttp(o.engine, conn.listener, u.path);
  if (res.status !== 200) {
    ctx.write(2, `wget: server returned error: HTTP/1.1 ${res.status} ${res.reason}\n`);
    return 1;
  }
  if (spider) return 0;
  const target = outFile ?? (u.path.split('/').pop() || 'index.html');
  if (target === '-') ctx.write(1, res.body);
  else {
    const err = ctx.fs.write(target.startsWith('/') ? target : `/${target}`, res.body, false);
    if (err) {
      ctx.write(2, `wget: can't open '${target}': ${err}\n`);
      return 1;
    }
    if (!quiet) ctx.write(2, `saving to '${target}'\n${target.padEnd(20)} 100% |********************************|   ${res.body.length}  0:00:00 ETA\n'${target}' saved\n`);
  }
  return 0;
}

export function headerBlock(res: HttpResponse): string {
  return `HTTP/1.1 ${res.status} ${res.reason}\r\n` + res.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('') + '\r\n';
}

export async function hostCurl(ctx: CommandContext, o: Origin): Promise<number> {
  let silent = false;
  let showErr = false;
  let head = false;
  let include = false;
  let fail = false;
  let outFile: string | undefined;
  let writeOut: string | undefined;
  let maxTime = Infinity;
  let url: string | undefined;
  const argv = ctx.argv;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-o' || a === '--output') outFile = argv[++i];
    else if (a === '-w' || a === '--write-out') writeOut = argv[++i];
    else if (a === '-m' || a === '--max-time' || a === '--connect-timeout') maxTime = Number(argv[++i]);
    else if (a === '-H' || a === '-X' || a === '-d' || a === '-A') i++;
    else if (a.startsWith('--')) {
      if (a === '--silent') silent = true;
      else if (a === '--head') head = true;
      else if (a === '--include') include = true;
      else if (a === '--fail') fail = true;
      else if (a === '--show-error') showErr = true;
    } else if (a.startsWith('-') && a.length > 1) {
      for (const ch of a.slice(1)) {
        if (ch === 's') silent = true;
        else if (ch === 'S') showErr = true;
        else if (ch === 'I') head = true;
        else if (ch === 'i') include = true;
        else if (ch === 'f') fail = true;
        else if (ch === 'L' || ch === 'v' || ch === 'k') continue;
        else {
          ctx.write(2, `curl: option ${a}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n`);
          return 2;
        }
      }
    } else url = a;
  }
  const err = (code: number, msg: string) => {
    if (!silent || showErr) ctx.write(2, `curl: (${code}) ${msg}\n`);
    if (writeOut) ctx.write(1, writeOut.replace(/%\{http_code\}/g, '000').replace(/\\n/g, '\n'));
    return code;
  };
  if (!url) {
    ctx.write(2, "curl: try 'curl --help' or 'curl --manual' for more information\n");
    return 2;
  }
  const u = parseUrl(url);
  if (!u) return err(3, 'URL using bad/illegal format or missing URL');
  const ans = u.host === 'localhost' ? { ips: ['127.0.0.1'] } : resolve(o.engine, o.container, u.host);
  if (!ans) return err(6, `Could not resolve host: ${u.host}`);
  const ip = ans.ips[0];
  const conn = tcpConnect(o, ip, u.port);
  if (conn.kind === 'refused') return err(7, `Failed to connect to ${u.host} port ${u.port} after 0 ms: Couldn't connect to server`);
  if (conn.kind === 'unreachable') return err(7, `Failed to connect to ${u.host} port ${u.port} after 0 ms: Couldn't connect to server`);
  if (conn.kind === 'timeout') {
    if (Number.isFinite(maxTime)) {
      await ctx.sleep(maxTime * 1000);
      return err(28, `Connection timed out after ${maxTime * 1000 + 1} milliseconds`);
    }
    await ctx.sleep(130_000);
    return err(28, `Failed to connect to ${u.host} port ${u.port} after 130000 ms: Couldn't connect to server`);
  }
  if (conn.kind === 'empty') return err(52, 'Empty reply from server');
  const res = serveHttp(o.engine, conn.listener, u.path);
  if (fail && res.status >= 400) return err(22, `The requested URL returned error: ${res.status}`);
  let text = head ? headerBlock(res) : (include ? headerBlock(res) : '') + res.body;
  if (outFile && outFile !== '-') {
    if (outFile !== '/dev/null') ctx.fs.write(outFile, text, false);
    text = '';
  }
  ctx.write(1, text);
  if (writeOut) ctx.write(1, writeOut.replace(/%\{http_code\}/g, String(res.status)).replace(/\\n/g, '\n'));
  return 0;
}
