/** docker version, docker info: the recording host's Docker Engine 20.10.24 (Debian 12 package). */
import type { CommandDef } from './command.ts';
import type { CliIO } from './io.ts';
import { flagValue } from './flags.ts';
import { goMap, goStruct } from '../format/go-value.ts';
import { parseGoTemplate, TemplateExecError } from '../format/go-template.ts';

/** `--format` on info/version: the template runs once over the data, then a newline */
function formatted(io: CliIO, format: string, data: unknown): number {
  try {
    io.out(parseGoTemplate(format).execute(data) + '\n');
    return 0;
  } catch (err) {
    if (err instanceof TemplateExecError || (err as Error).name?.includes('Template')) {
      io.err(`template: ${(err as Error).message.replace(/^template: /, '')}\n`);
      return 1;
    }
    throw err;
  }
}

/** types.Info, the fields lessons and learners reach for */
function infoData(io: CliIO) {
  const e = io.engine;
  const d = e.state.daemon;
  const all = Object.values(d.containers);
  const running = all.filter((c) => c.state.status === 'running').length;
  return goStruct({
    ID: '7CRB:XRUT:NS75:R3CL:CJMQ:2HGW:ESW7:BCUA:HBG4:V4JR:MPMZ:PGQJ',
    Containers: all.length,
    ContainersRunning: running,
    ContainersPaused: 0,
    ContainersStopped: all.length - running,
    Images: new Set(d.images.map((i) => i.id)).size,
    Driver: 'overlay2',
    Plugins: goStruct({
      Volume: ['local'],
      Network: ['bridge', 'host', 'ipvlan', 'macvlan', 'null', 'overlay'],
      Authorization: null,
      Log: ['awslogs', 'fluentd', 'gcplogs', 'gelf', 'journald', 'json-file', 'local', 'logentries', 'splunk', 'syslog'],
    }),
    LoggingDriver: 'json-file',
    CgroupDriver: 'cgroupfs',
    KernelVersion: '6.18.44-fc-v657',
    OperatingSystem: 'Debian GNU/Linux 12 (bookworm)',
    OSType: 'linux',
    Architecture: 'x86_64',
    NCPU: 2,
    MemTotal: 25275822080,
    DockerRootDir: '/var/lib/docker',
    Name: e.state.host.hostname,
    Labels: [],
    ServerVersion: '20.10.24+dfsg1',
    DefaultRuntime: 'runc',
    Swarm: goStruct({ NodeID: '', NodeAddr: '', LocalNodeState: 'inactive', ControlAvailable: false, Error: '', RemoteManagers: null }),
    LiveRestoreEnabled: false,
    Isolation: '',
    InitBinary: 'docker-init',
    SecurityOptions: ['name=seccomp,profile=default'],
    Warnings: null,
    IndexServerAddress: 'https://index.docker.io/v1/',
    RegistryConfig: goStruct({ InsecureRegistryCIDRs: ['127.0.0.0/8'], IndexConfigs: goMap({}), Mirrors: null }),
  }, 'types.Info');
}

export const dockerVersion: CommandDef = {
  path: 'docker version',
  usage: '[OPTIONS]',
  short: 'Show the Docker version information',
  args: { none: true },
  flags: [{ long: 'format', short: 'f', kind: 'string', typeName: 'string', help: 'Format the output using the given Go template' }],
  run(io, p) {
    const format = flagValue(p, 'format');
    if (format) {
      const client = goStruct({ Version: '20.10.24+dfsg1', ApiVersion: '1.41', GoVersion: 'go1.19.8', GitCommit: '297e128', Os: 'linux', Arch: 'amd64', Context: 'default', Experimental: true });
      const server = goStruct({ Version: '20.10.24+dfsg1', ApiVersion: '1.41', MinAPIVersion: '1.12', GitCommit: '5d6db84', GoVersion: 'go1.19.8', Os: 'linux', Arch: 'amd64', KernelVersion: '6.18.44-fc-v657', Experimental: false });
      return formatted(io, format, goStruct({ Client: client, Server: server }));
    }
    io.out(`Client:
 Version:           20.10.24+dfsg1
 API version:       1.41
 Go version:        go1.19.8
 Git commit:        297e128
 Built:             Thu May  7 21:09:36 2026
 OS/Arch:           linux/amd64
 Context:           default
 Experimental:      true

Server:
 Engine:
  Version:          20.10.24+dfsg1
  API version:      1.41 (minimum version 1.12)
  Go version:       go1.19.8
  Git commit:       5d6db84
  Built:            Thu May  7 21:09:36 2026
  OS/Arch:          linux/amd64
  Experimental:     false
 containerd:
  Version:          1.6.20~ds1
  GitCommit:        1.6.20~ds1-1+deb12u3
 runc:
  Version:          1.1.5+ds1
  GitCommit:        1.1.5+ds1-1+deb12u1
 docker-init:
  Version:          0.19.0
  GitCommit:        
`);
    return 0;
  },
};

export const dockerInfo: CommandDef = {
  path: 'docker info',
  usage: '[OPTIONS]',
  short: 'Display system-wide information',
  args: { none: true },
  flags: [{ long: 'format', short: 'f', kind: 'string', typeName: 'string', help: 'Format the output using the given Go template' }],
  run(io, p) {
    const format = flagValue(p, 'format');
    if (format) return formatted(io, format, infoData(io));
    const d = io.engine.state.daemon;
    const all = Object.values(d.containers);
    const running = all.filter((c) => c.state.status === 'running').length;
    const images = new Set(d.images.map((i) => i.id)).size;
    io.out(`Client:
 Context:    default
 Debug Mode: false

Server:
 Containers: ${all.length}
  Running: ${running}
  Paused: 0
  Stopped: ${all.length - running}
 Images: ${images}
 Server Version: 20.10.24+dfsg1
 Storage Driver: overlay2
  Backing Filesystem: extfs
  Supports d_type: true
  Native Overlay Diff: true
  userxattr: false
 Logging Driver: json-file
 Cgroup Driver: cgroupfs
 Cgroup Version: 1
 Plugins:
  Volume: local
  Network: bridge host ipvlan macvlan null overlay
  Log: awslogs fluentd gcplogs gelf journald json-file local logentries splunk syslog
 Swarm: inactive
 Runtimes: io.containerd.runc.v2 io.containerd.runtime.v1.linux runc
 Default Runtime: runc
 Init Binary: docker-init
 containerd version: 1.6.20~ds1-1+deb12u3
 runc version: 1.1.5+ds1-1+deb12u1
 init version: 
 Security Options:
  seccomp
   Profile: default
 Kernel Version: 6.18.44-fc-v657
 Operating System: Debian GNU/Linux 12 (bookworm)
 OSType: linux
 Architecture: x86_64
 CPUs: 2
 Total Memory: 23.54GiB
 Name: ${io.engine.state.host.hostname}
 ID: 7CRB:XRUT:NS75:R3CL:CJMQ:2HGW:ESW7:BCUA:HBG4:V4JR:MPMZ:PGQJ
 Docker Root Dir: /var/lib/docker
 Debug Mode: false
 Registry: https://index.docker.io/v1/
 Labels:
 Experimental: false
 Insecure Registries:
  127.0.0.0/8
 Live Restore Enabled: false

`);
    return 0;
  },
};
