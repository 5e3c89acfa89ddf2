/** docker pull, docker images */
import type { CommandDef } from '../command.ts';
import type { CliIO } from '../io.ts';
import { catalogueImage, normalizeRef } from '../../../engine/images/catalogue.ts';
import { renderRows } from '../render.ts';
import { humanDuration, humanSizeWithPrecision } from '../../format/durations.ts';

/**
 * Pull from the registry. The recording host has no internet, so by default a pull fails exactly
 * as it does there; a host booted with `registry: true` (the courseware's) serves the catalogue.
 */
export function pullImage(io: CliIO, ref: string, fail: (msg: string) => number): number {
  const e = io.engine;
  const full = normalizeRef(ref);
  const img = catalogueImage(full);
  if (!e.state.host.registryReachable) {
    return fail(
      `Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on ${
        e.state.host.resolvConf.match(/nameserver\s+(\S+)/)?.[1] ?? '127.0.0.53'
      }:53: no such host`,
    );
  }
  const [repo, tag] = [full.slice(0, full.lastIndexOf(':')), full.slice(full.lastIndexOf(':') + 1)];
  if (!img) {
    return fail(
      `Error response from daemon: pull access denied for ${repo}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
    );
  }
  io.out(`${tag}: Pulling from ${repo.includes('/') ? repo : 'library/' + repo}\n`);
  for (const l of img.layers) io.out(`${l}: Pull complete\n`);
  io.out(`Digest: ${img.digest}\nStatus: Downloaded newer image for ${full}\n`);
  if (!e.state.daemon.images.some((i) => i.repoTags.includes(full))) {
    e.state.daemon.images.push({ repoTags: [full], id: img.id, created: img.created, size: img.size, config: img.config, runtime: img.runtime });
  }
  return 0;
}

export const imagePull: CommandDef = {
  path: 'docker pull',
  usage: '[OPTIONS] NAME[:TAG|@DIGEST]',
  short: 'Pull an image or a repository from a registry',
  args: { exact: 1 },
  flags: [
    { long: 'all-tags', short: 'a', kind: 'bool', help: 'Download all tagged images in the repository' },
    { long: 'quiet', short: 'q', kind: 'bool', help: 'Suppress verbose output' },
  ],
  run(io, p) {
    const ref = p.args[0];
    if (!ref.includes(':') || ref.lastIndexOf(':') < ref.lastIndexOf('/')) io.out('Using default tag: latest\n');
    const status = pullImage(io, ref, (msg) => {
      io.err(msg + '\n');
      return 1;
    });
    if (status === 0) io.out(`docker.io/${normalizeRef(ref).includes('/') ? '' : 'library/'}${normalizeRef(ref)}\n`);
    return status;
  },
};

export const imageList: CommandDef = {
  path: 'docker images',
  usage: '[OPTIONS] [REPOSITORY[:TAG]]',
  short: 'List images',
  args: { any: true },
  flags: [
    { long: 'all', short: 'a', kind: 'bool', help: 'Show all images (default hides intermediate images)' },
    { long: 'format', kind: 'string', typeName: 'string', help: 'Pretty-print images using a Go template' },
    { long: 'quiet', short: 'q', kind: 'bool', help: 'Only show image IDs' },
  ],
  run(io, p) {
    const e = io.engine;
    const rows = e.state.daemon.images
      .flatMap((i) => i.repoTags.map((t) => ({ i, t })))
      .sort((a, b) => (a.t < b.t ? -1 : 1))
      .map(({ i, t }) => ({
        Repository: t.slice(0, t.lastIndexOf(':')),
        Tag: t.slice(t.lastIndexOf(':') + 1),
        ID: i.id.replace('sha256:', '').slice(0, 12),
        CreatedSince: humanDuration(e.now() - Date.parse(i.created)) + ' ago',
        Size: humanSizeWithPrecision(i.size, 3),
      }));
    const quiet = p.values.has('quiet');
    const format = quiet ? '{{.ID}}' : (p.values.get('format')?.at(-1) ?? 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}');
    return renderRows(io, format, rows, { Repository: 'REPOSITORY', Tag: 'TAG', ID: 'IMAGE ID', CreatedSince: 'CREATED', Size: 'SIZE' }, 'formatter.imageContext');
  },
};
