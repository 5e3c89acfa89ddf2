/**
 * Images the simulated host knows. The first four are loaded on a fresh host, as on the recording
 * host (busybox and alpine share one busybox rootfs; nginx and redis carry the official images'
 * Entrypoint/Cmd/ExposedPorts/WorkingDir). The others can be pulled.
 */
import type { Image } from '../model/image.ts';

const PATH_FULL = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const BUSYBOX_ID = 'sha256:e3546e57d7e365d5ef40a3ae023f37e248a64ece7b1549bd6d49af859bf98a01';

export interface CatalogueImage extends Image {
  /** loaded on a fresh host */
  preloaded: boolean;
  /** layer digests a pull prints (12-hex short forms) */
  layers: string[];
  digest: string;
}

export const CATALOGUE: CatalogueImage[] = [
  {
    repoTags: ['busybox:latest'], id: BUSYBOX_ID, created: '2026-11-23T08:20:55.118316911Z', size: 1_978_000,
    config: { env: ['PATH=/bin'], cmd: ['sh'], entrypoint: null, exposedPorts: [], workingDir: '' },
    preloaded: true, layers: ['9ad63333ebc9'], digest: 'sha256:db16cd196b8a37ba5f08414e6f6e71003d76665a5eac160cb75ad3759d8b3e29',
  },
  {
    repoTags: ['alpine:latest'], id: BUSYBOX_ID, created: '2026-11-23T08:20:55.118316911Z', size: 1_978_000,
    config: { env: ['PATH=/bin'], cmd: ['sh'], entrypoint: null, exposedPorts: [], workingDir: '' },
    preloaded: true, layers: ['9ad63333ebc9'], digest: 'sha256:1e42bbe2508154c9126d48c2b8a75420c3544343bf86fd041fb7527e017a4b4a',
  },
  {
    repoTags: ['nginx:latest'], id: 'sha256:5c4a7b9e8d2f41b0a3e6c1d7f8e9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7',
    created: '2026-11-23T08:20:56.412733820Z', size: 1_978_000,
    config: {
      env: [PATH_FULL], cmd: ['nginx', '-g', 'daemon off;'], entrypoint: ['/docker-entrypoint.sh'],
      exposedPorts: ['80/tcp'], workingDir: '', stopSignal: 'SIGQUIT',
    },
    runtime: { servers: [{ port: 80, docroot: '/usr/share/nginx/html' }] },
    preloaded: true, layers: ['a2abf6c4d29d'], digest: 'sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31',
  },
  {
    repoTags: ['redis:latest'], id: 'sha256:7614ae9453d1cb8d0a7e14e1ec8a5a4a0d2b7e8f9a0b1c2d3e4f5a6b7c8d9e0f',
    created: '2026-11-23T08:20:57.009214755Z', size: 1_978_000,
    config: {
      env: [PATH_FULL], cmd: ['redis-server'], entrypoint: ['docker-entrypoint.sh'],
      exposedPorts: ['6379/tcp'], workingDir: '/data',
    },
    runtime: { servers: [{ port: 6379, docroot: '/data' }] },
    preloaded: true, layers: ['e5ae68f74026'], digest: 'sha256:db485f2e245b5b3329fdc7eff4eb00f913e09d8feb9ca720788059fdc2ed8339',
  },
  {
    repoTags: ['ubuntu:latest'], id: 'sha256:a8780b506fa4eeb1d0779a3c92c8d5d3e6a656c758135f62826768da458b5235', created: '2026-10-28T10:12:14.371019834Z', size: 77_800_000,
    config: { env: [PATH_FULL], cmd: ['/bin/bash'], entrypoint: null, exposedPorts: [], workingDir: '' },
    runtime: { shells: ['bash', '/bin/bash'] },
    preloaded: false, layers: ['6414378b6477'], digest: 'sha256:72297848456d5d37d1262630108ab308d3e9ec7ed1c3286a32fe09856619a782',
  },
  {
    repoTags: ['httpd:latest'], id: 'sha256:bd29370f84eaed1b6a9bbbcd0b61b95d2a2c4f1ba6b3f2e0a04b6c3f39c0bd2f', created: '2026-10-30T14:02:41.228194431Z', size: 148_000_000,
    config: { env: ['PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'HTTPD_PREFIX=/usr/local/apache2'], cmd: ['httpd-foreground'], entrypoint: null, exposedPorts: ['80/tcp'], workingDir: '/usr/local/apache2' },
    runtime: { servers: [{ port: 80, docroot: '/usr/local/apache2/htdocs' }] },
    preloaded: false, layers: ['a378f10b3218'], digest: 'sha256:4564ca7604957765bd2598e14134a1c6812067f0daddd7dc5a484431dd03832b',
  },
  {
    repoTags: ['bitnami/elasticsearch:latest'], id: 'sha256:2f1a54f06a2c9fa2b09ff0a5c6d3b1f4b8c38a0e9ad9c2e4b7f1e5d6c8a9b0c1', created: '2026-10-25T03:40:11.902318662Z', size: 1_210_000_000,
    config: { env: [PATH_FULL], cmd: ['/opt/bitnami/scripts/elasticsearch/run.sh'], entrypoint: ['/opt/bitnami/scripts/elasticsearch/entrypoint.sh'], exposedPorts: ['9200/tcp', '9300/tcp'], workingDir: '' },
    runtime: { servers: [{ port: 9200, docroot: '/var/www' }, { port: 9300, docroot: '/var/www' }] },
    preloaded: false, layers: ['3f91c5b2a1e0'], digest: 'sha256:9d1ae7ce2f1b3f6dcbd8b7b7e0f9a7b3e2c1d0f9e8d7c6b5a4f3e2d1c0b9a8f7',
  },
  {
    repoTags: ['chrch/web:latest'], id: 'sha256:61b30a4e2c0f5f5a7c1b9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a', created: '2017-02-13T19:31:05.117393432Z', size: 700_000_000,
    config: { env: [PATH_FULL], cmd: ['python', 'app.py'], entrypoint: null, exposedPorts: ['5000/tcp'], workingDir: '/app' },
    runtime: { servers: [{ port: 5000, docroot: '/var/www' }] },
    preloaded: false, layers: ['5040bd298390'], digest: 'sha256:3a1e1d5f2f8b0b0c6a7f4fb8b1d0b9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2',
  },
];

/** `name` or `name:tag` -> `name:tag` (latest by default) */
export function normalizeRef(ref: string): string {
  const noDigest = ref.split('@')[0];
  const slash = noDigest.lastIndexOf('/');
  return noDigest.slice(slash + 1).includes(':') ? noDigest : `${noDigest}:latest`;
}

export function catalogueImage(ref: string): CatalogueImage | undefined {
  const r = normalizeRef(ref).replace(/^(docker\.io\/)?(library\/)?/, '');
  return CATALOGUE.find((i) => i.repoTags.includes(r));
}
