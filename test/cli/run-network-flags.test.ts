/** `docker run` network flags the recordings do not cover (84-run-network-flags covers the rest). */
import { describe, expect, it } from 'vitest';
import { runTranscript } from '../../src/runner/transcript.ts';

async function run(lines: string[]): Promise<string> {
  return runTranscript(lines.join('\n') + '\n', { seed: 1 });
}

describe('docker run network flags', () => {
  it('accepts the MAC spellings of Go net.ParseMAC and refuses others before creating anything', async () => {
    const out = await run([
      'docker run -d --name ma --mac-address 02-42-ac-11-00-99 alpine sleep 1000',
      'docker run -d --name mb --mac-address 0242.ac11.0098 alpine sleep 1000',
      'docker run -d --name mc --mac-address 02:42:ac:11:00:9g alpine sleep 1000',
      "docker ps -a --format '{{.Names}}'",
      "docker inspect -f '{{.NetworkSettings.MacAddress}} {{.Config.MacAddress}}' ma mb",
    ]);
    // the endpoint gets the canonical form; Config keeps what was typed
    expect(out).toContain('02:42:ac:11:00:99 02-42-ac-11-00-99\n02:42:ac:11:00:98 0242.ac11.0098\n');
    expect(out).toContain('docker: 02:42:ac:11:00:9g is not a valid mac address.\nSee \'docker run --help\'.\n[exit 125]');
    expect(out).toMatch(/\$ docker ps -a --format '\{\{\.Names\}\}'\nmb\nma\n\[exit 0\]/);
  });

  it('refuses two user-defined networks at create (API 1.41 takes one)', async () => {
    const out = await run([
      'docker network create a',
      'docker network create b',
      'docker run -d --name x --network a --network b alpine sleep 1000',
      "docker ps -a --format '{{.Names}}'",
    ]);
    expect(out).toContain('docker: Error response from daemon: Container cannot be connected to network endpoints: a, b.');
    expect(out).toMatch(/\$ docker ps -a --format '\{\{\.Names\}\}'\n\[exit 0\]/);
  });

  it('refuses --link with an explicit predefined network on the client side', async () => {
    const out = await run(['docker run -d --name t alpine sleep 1000', 'docker run -d --network bridge --link t alpine sleep 1000']);
    expect(out).toContain("docker: links are only supported for user-defined networks.\nSee 'docker run --help'.\n[exit 125]");
  });
});
