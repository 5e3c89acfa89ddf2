import { describe, expect, it } from 'vitest';
import {
  bytesSize, commandColumn, containerStatus, displayablePorts, ellipsis, goTime, goTimeString, humanDuration,
  humanSize, humanSizeWithPrecision, runningFor, truncateID,
} from '../../src/cli/format/durations.js';
import { goJson } from '../../src/cli/format/go-json.js';
import { renderGoTemplate } from '../../src/cli/format/go-template.js';

const s = 1000;
const min = 60 * s;
const h = 60 * min;
const day = 24 * h;

describe('units.HumanDuration', () => {
  it.each([
    [-5 * s, 'Less than a second'], [0, 'Less than a second'], [999, 'Less than a second'], [1 * s, '1 second'],
    [1999, '1 second'], [2 * s, '2 seconds'], [59 * s, '59 seconds'], [60 * s, 'About a minute'],
    [119 * s, 'About a minute'], [2 * min, '2 minutes'], [59 * min, '59 minutes'], [60 * min, 'About an hour'],
    [89 * min, 'About an hour'], [90 * min, '2 hours'], [47 * h, '47 hours'], [48 * h, '2 days'],
    [13 * day, '13 days'], [14 * day, '2 weeks'], [59 * day, '8 weeks'], [60 * day, '2 months'],
    [729 * day, '24 months'], [730 * day, '2 years'], [3650 * day, '10 years'],
  ])('%d ms -> %s', (ms, want) => expect(humanDuration(ms)).toBe(want));
});

describe('docker ps columns', () => {
  const now = Date.UTC(2026, 10, 23, 8, 22, 20);
  it('STATUS strings of the daemon', () => {
    expect(containerStatus({ running: true, startedAt: now - 300, exitCode: 0 }, now)).toBe('Up Less than a second');
    expect(containerStatus({ running: true, startedAt: now - 1500, exitCode: 0 }, now)).toBe('Up 1 second');
    expect(containerStatus({ running: true, paused: true, startedAt: now - 3 * min, exitCode: 0 }, now)).toBe('Up 3 minutes (Paused)');
    expect(containerStatus({ running: true, startedAt: now - 2 * s, exitCode: 0, health: 'starting' }, now)).toBe('Up 2 seconds (health: starting)');
    expect(containerStatus({ running: true, startedAt: now - 2 * s, exitCode: 0, health: 'healthy' }, now)).toBe('Up 2 seconds (healthy)');
    expect(containerStatus({ running: true, restarting: true, finishedAt: now - 5 * s, exitCode: 1 }, now)).toBe('Restarting (1) 5 seconds ago');
    expect(containerStatus({ running: false, exitCode: 0 }, now)).toBe('Created');
    expect(containerStatus({ running: false, startedAt: now - 9 * s, finishedAt: now - 100, exitCode: 137 }, now)).toBe(
      'Exited (137) Less than a second ago',
    );
    expect(containerStatus({ running: false, startedAt: now - 9 * s, finishedAt: now - 3 * s, exitCode: 0 }, now)).toBe('Exited (0) 3 seconds ago');
    expect(containerStatus({ running: false, dead: true, exitCode: 0 }, now)).toBe('Dead');
    expect(containerStatus({ running: false, removalInProgress: true, exitCode: 0 }, now)).toBe('Removal In Progress');
  });
  it('CREATED uses whole seconds', () => {
    expect(runningFor(now / 1000, now + 999)).toBe('Less than a second ago');
    expect(runningFor(now / 1000 - 2, now + 500)).toBe('2 seconds ago');
  });
  it('COMMAND is ellipsized to 20 columns and quoted (21-publish-basic)', () => {
    expect(commandColumn("sh -c 'echo hello from web > /var/www/index.html && httpd -f -p 80 -h /var/www'")).toBe(
      '"sh -c \'echo hello f…"',
    );
    expect(commandColumn('ash')).toBe('"ash"');
    expect(commandColumn('exactly twenty chars')).toBe('"exactly twenty chars"');
    expect(commandColumn('a "quoted"\tcmd', false)).toBe('"a \\"quoted\\"\\tcmd"');
  });
  it('Ellipsis counts East Asian wide characters as 2', () => {
    expect(ellipsis('日本語のテキスト', 7)).toBe('日本語…');
    expect(ellipsis('abc', 1)).toBe('a');
    expect(ellipsis('abc', 0)).toBe('');
    expect(ellipsis('日本', 4)).toBe('日本');
  });
  it('truncateID', () => {
    expect(truncateID('sha256:e3546e57d7e365d5ef40a3ae023f37e248a64ece7b1549bd6d49af859bf98a01')).toBe('e3546e57d7e3');
    expect(truncateID('fa2cb22d277dfde4cfdbfa0a54bc0abe1329e5351d782794a2fef0850a1ebc08')).toBe('fa2cb22d277d');
    expect(truncateID('short')).toBe('short');
  });
});

describe('DisplayablePorts', () => {
  const bind = (IP: string, PublicPort: number, PrivatePort: number, Type = 'tcp') => ({ IP, PublicPort, PrivatePort, Type });
  it('22-publish-variants', () => {
    expect(
      displayablePorts([
        bind('0.0.0.0', 8443, 443), bind('::', 8443, 443), bind('0.0.0.0', 5353, 53, 'udp'), bind('::', 5353, 53, 'udp'),
        bind('0.0.0.0', 8083, 80), bind('::', 8083, 80),
      ]),
    ).toBe('0.0.0.0:5353->53/udp, :::5353->53/udp, 0.0.0.0:8083->80/tcp, :::8083->80/tcp, 0.0.0.0:8443->443/tcp, :::8443->443/tcp');
    expect(displayablePorts([bind('0.0.0.0', 8082, 80, 'udp'), bind('::', 8082, 80, 'udp')])).toBe('0.0.0.0:8082->80/udp, :::8082->80/udp');
    expect(displayablePorts([bind('::', 32768, 80), bind('0.0.0.0', 32769, 80)])).toBe('0.0.0.0:32769->80/tcp, :::32768->80/tcp');
    expect(displayablePorts([bind('127.0.0.1', 32768, 80)])).toBe('127.0.0.1:32768->80/tcp');
    expect(displayablePorts([])).toBe('');
  });
  it('groups exposed ports and same-number mappings into ranges', () => {
    const exposed = (p: number, Type = 'tcp') => ({ PrivatePort: p, Type });
    expect(displayablePorts([exposed(80), exposed(6379)])).toBe('80/tcp, 6379/tcp');
    // Go's order: closed ranges first, then each key's last group in key creation order.
    expect(displayablePorts([exposed(8002), exposed(8000), exposed(8001), exposed(9000), exposed(53, 'udp')])).toBe(
      '8000-8002/tcp, 53/udp, 9000/tcp',
    );
    expect(displayablePorts([bind('0.0.0.0', 80, 80), bind('0.0.0.0', 81, 81), exposed(443)])).toBe('0.0.0.0:80-81->80-81/tcp, 443/tcp');
  });
});

describe('sizes and times', () => {
  it('HumanSize (checked against Go %.4g)', () => {
    expect(humanSize(0)).toBe('0B');
    expect(humanSize(999)).toBe('999B');
    expect(humanSize(1000)).toBe('1kB');
    expect(humanSize(2745600)).toBe('2.746MB');
    expect(humanSize(123456789012)).toBe('123.5GB');
    expect(humanSizeWithPrecision(999.9, 3)).toBe('1e+03B');
    expect(humanSizeWithPrecision(67108864, 3)).toBe('67.1MB');
    expect(bytesSize(1024)).toBe('1KiB');
    expect(bytesSize(1536)).toBe('1.5KiB');
  });
  it('time.Time prints like Go and marshals as RFC 3339', () => {
    expect(goTimeString('2026-11-23T08:22:18.570313799Z')).toBe('2026-11-23 08:22:18.570313799 +0000 UTC');
    expect(goTimeString('0001-01-01T00:00:00Z')).toBe('0001-01-01 00:00:00 +0000 UTC');
    expect(goTimeString('2026-11-23T08:22:18.500000000Z')).toBe('2026-11-23 08:22:18.5 +0000 UTC');
    const t = goTime('2026-11-23T08:22:18.570313790Z');
    expect(renderGoTemplate('{{.}} {{json .}}', t)).toBe('2026-11-23 08:22:18.57031379 +0000 UTC "2026-11-23T08:22:18.57031379Z"');
    expect(goJson({ Created: t })).toBe('{"Created":"2026-11-23T08:22:18.57031379Z"}');
  });
});
