/** busybox nslookup: option parsing (checked against busybox 1.35) and the recorded outputs. */
import { describe, expect, it } from 'vitest';
import { formatNslookup, parseBusyboxNslookup } from '../../src/cli/linux/nslookup.ts';
import type { DnsQueryResult, NslookupResult } from '../../src/cli/linux/nslookup.ts';
import { rec } from './helpers.ts';

const A = (name: string, ...ips: string[]): DnsQueryResult => ({ type: 'A', rcode: 'NOERROR', answers: ips.map((value) => ({ name, type: 'A', value })) });
const EMPTY6: DnsQueryResult = { type: 'AAAA', rcode: 'NOERROR', answers: [] };
const EMPTY4: DnsQueryResult = { type: 'A', rcode: 'NOERROR', answers: [] };
const AAAA = (name: string, ip: string): DnsQueryResult => ({ type: 'AAAA', rcode: 'NOERROR', answers: [{ name, type: 'AAAA', value: ip }] });
const NX = (type: 'A' | 'AAAA'): DnsQueryResult => ({ type, rcode: 'NXDOMAIN', answers: [] });
const embedded = (...queries: DnsQueryResult[]): NslookupResult => ({ server: '127.0.0.11', queries });

function run(line: string, r: NslookupResult) {
  const p = parseBusyboxNslookup(line.split(' '));
  if (!p.ok) throw new Error(p.stderr);
  const o = formatNslookup(p.opts, r);
  return { out: o.stdout + o.stderr, exit: o.exit };
}

describe('busybox nslookup in the transcripts', () => {
  it('14: the A answer first or second (the engine orders the two replies), NXDOMAIN twice', () => {
    expect(run('nslookup alpine2', embedded(A('alpine2', '172.18.0.3'), EMPTY6))).toEqual(rec('14-dns-user-bridge', 'docker exec alpine1 nslookup alpine2'));
    expect(run('nslookup alpine2.alpine-net', embedded(EMPTY6, A('alpine2.alpine-net', '172.18.0.3')))).toEqual(
      rec('14-dns-user-bridge', 'docker exec alpine1 nslookup alpine2.alpine-net'),
    );
    expect(run('nslookup nosuchhost', embedded(NX('A'), NX('AAAA')))).toEqual(rec('14-dns-user-bridge', 'docker exec alpine1 nslookup nosuchhost'));
  });
  it('19: -type=a sends one query', () => {
    expect(run('nslookup -type=a web.example.com', embedded(A('web.example.com', '172.18.0.3')))).toEqual(
      rec('19-hostname-name', 'docker run --rm --network hn-net alpine nslookup -type=a web.example.com'),
    );
  });
  it('63: two addresses for an alias (in the order the server sent them); a trailing dot', () => {
    expect(run('nslookup web', embedded(A('web', '172.18.0.3', '172.18.0.2'), EMPTY6))).toEqual(rec('63-dns-options', 'docker exec c3 nslookup web'));
    expect(run('nslookup c2.', embedded(EMPTY6, A('c2', '172.18.0.3')))).toEqual(rec('63-dns-options', 'docker exec c3 nslookup c2.'));
  });
  it('66: an internal network cannot reach the upstream server', () => {
    expect(run('nslookup nosuchhost', { server: '127.0.0.11', queries: 'timeout' })).toEqual(rec('66-internal-net', 'docker exec i1 nslookup nosuchhost'));
  });
  it('67: localhost is not in DNS', () => {
    expect(run('nslookup localhost', embedded(NX('A'), NX('AAAA')))).toEqual(rec('67-container-tools', 'docker exec u1 nslookup localhost'));
  });
});

describe('busybox nslookup options', () => {
  it('queries A then AAAA, PTR for an address, one type with -type=', () => {
    const t = (line: string) => {
      const p = parseBusyboxNslookup(line.split(' '));
      return p.ok ? p.opts : p;
    };
    expect(t('nslookup web')).toEqual({ host: 'web', server: undefined, types: ['A', 'AAAA'] });
    expect(t('nslookup 172.18.0.2')).toEqual({ host: '172.18.0.2', server: undefined, types: ['PTR'] });
    expect(t('nslookup -type=aaaa web 8.8.8.8')).toEqual({ host: 'web', server: '8.8.8.8', types: ['AAAA'] });
    expect(t('nslookup -type=bogus web')).toEqual({ ok: false, stderr: 'nslookup: invalid query type "bogus"\n', exit: 1 });
    const usage = t('nslookup');
    expect(usage).toMatchObject({ ok: false, exit: 1 });
    expect((usage as { stderr: string }).stderr).toContain('Usage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n');
    expect(t('nslookup -x foo')).toEqual(usage);
  });
  it('AAAA, CNAME and PTR answers', () => {
    expect(run('nslookup web', embedded(EMPTY4, AAAA('web', 'fd00::2'))).out).toContain('Non-authoritative answer:\nName:\tweb\nAddress: fd00::2\n\n');
    const ptr = run('nslookup 172.18.0.2', { server: '127.0.0.11', queries: [{ type: 'PTR', rcode: 'NOERROR', answers: [{ name: '2.0.18.172.in-addr.arpa', type: 'PTR', value: 'c1.net' }] }] });
    expect(ptr.out).toBe('Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\nNon-authoritative answer:\n2.0.18.172.in-addr.arpa\tname = c1.net\n\n');
  });
});
