/** `docker image inspect` data (types.ImageInspect), the fields the lessons use. */
import type { Image } from '../../../engine/model/image.ts';
import { goMap, goNil, goStruct } from '../../format/go-value.ts';

export function imageView(img: Image): Record<string, unknown> {
  const exposed = img.config.exposedPorts.length
    ? goMap(Object.fromEntries(img.config.exposedPorts.map((p) => [p, goStruct({})])))
    : undefined;
  const config: Record<string, unknown> = { Hostname: '', Domainname: '', User: '', AttachStdin: false, AttachStdout: false, AttachStderr: false };
  if (exposed) config.ExposedPorts = exposed;
  Object.assign(config, {
    Tty: false, OpenStdin: false, StdinOnce: false, Env: [...img.config.env],
    Cmd: img.config.cmd ? [...img.config.cmd] : goNil('slice'), Image: '', Volumes: null,
    WorkingDir: img.config.workingDir, Entrypoint: img.config.entrypoint ? [...img.config.entrypoint] : goNil('slice'),
    OnBuild: null, Labels: null,
  });
  return goStruct({
    Id: img.id,
    RepoTags: [...img.repoTags],
    RepoDigests: [],
    Parent: '',
    Comment: 'Imported from -',
    Created: img.created,
    Container: '',
    DockerVersion: '20.10.24+dfsg1',
    Author: '',
    Config: goStruct(config),
    Architecture: 'amd64',
    Os: 'linux',
    Size: img.size,
    VirtualSize: img.size,
  }, 'types.ImageInspect');
}
