/** `docker container inspect` data (types.ContainerJSON, API 1.41) as Go values in field order. */
import type { Engine } from '../../../engine/engine.ts';
import type { Container } from '../../../engine/model/container.ts';
import { goMap, goNil, goSlice, goStruct } from '../../format/go-value.ts';
import { runtimePorts } from '../container/ps-row.ts';

const strs = (a: string[] | null) => (a === null ? goNil('slice') : [...a]);

function portMap(ports: Record<string, { HostIp: string; HostPort: string }[] | null>) {
  const o: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(ports)) o[k] = v === null ? goNil('slice') : v.map((b) => goStruct({ HostIp: b.HostIp, HostPort: b.HostPort }));
  return goMap(o);
}

function endpointSettings(e: Engine, c: Container, netName: string) {
  const d = e.state.daemon;
  const cfg = c.networks[netName];
  const sb = c.sandboxId ? d.sandboxes[c.sandboxId] : undefined;
  const nw = Object.values(d.networks).find((n) => n.name === netName);
  const ep = sb && nw ? sb.endpoints.map((id) => d.endpoints[id]).find((x) => x.networkId === nw.id) : undefined;
  const ipam = cfg.ipamConfig === null ? null : goStruct({ ...cfg.ipamConfig }, 'network.EndpointIPAMConfig');
  return goStruct(
    {
      IPAMConfig: ipam,
      Links: strs(cfg.links),
      Aliases: strs(cfg.aliases),
      NetworkID: ep ? nw!.id : (cfg.networkId ?? ''),
      EndpointID: ep?.id ?? '',
      Gateway: ep?.gateway ?? '',
      IPAddress: ep?.ip ?? '',
      IPPrefixLen: ep?.prefixLen ?? 0,
      IPv6Gateway: ep?.gateway6 ?? '',
      GlobalIPv6Address: ep?.ip6 ?? '',
      GlobalIPv6PrefixLen: ep?.prefixLen6 ?? 0,
      MacAddress: ep?.mac ?? '',
      DriverOpts: cfg.viaConnect ? goMap({}) : goNil('map'),
    },
    // map[string]*EndpointSettings: a pointer, so `{{.NetworkSettings.Networks}}` prints addresses
    '*network.EndpointSettings',
  );
}

function networkSettings(e: Engine, c: Container) {
  const d = e.state.daemon;
  const running = c.state.status === 'running';
  const sb = running && c.sandboxId && !c.hostConfig.networkMode.startsWith('container:') ? d.sandboxes[c.sandboxId] : undefined;
  const networks: Record<string, unknown> = {};
  for (const name of Object.keys(c.networks)) networks[name] = endpointSettings(e, c, name);
  const bridge = c.networks['bridge'] ? (networks['bridge'] as Record<string, unknown>) : undefined;
  return goStruct(
    {
      Bridge: '',
      SandboxID: sb?.id ?? '',
      HairpinMode: false,
      LinkLocalIPv6Address: '',
      LinkLocalIPv6PrefixLen: 0,
      Ports: portMap(runtimePorts(c)),
      SandboxKey: sb?.key ?? '',
      SecondaryIPAddresses: null,
      SecondaryIPv6Addresses: null,
      EndpointID: (bridge?.EndpointID as string) ?? '',
      Gateway: (bridge?.Gateway as string) ?? '',
      GlobalIPv6Address: '',
      GlobalIPv6PrefixLen: 0,
      IPAddress: (bridge?.IPAddress as string) ?? '',
      IPPrefixLen: (bridge?.IPPrefixLen as number) ?? 0,
      IPv6Gateway: '',
      MacAddress: (bridge?.MacAddress as string) ?? '',
      Networks: goMap(networks),
    },
    'types.NetworkSettings',
  );
}

export function containerView(e: Engine, c: Container): Record<string, unknown> {
  const dir = `/var/lib/docker/containers/${c.id}`;
  const layer = c.layerId;
  const hc = c.hostConfig;
  const cfg: Record<string, unknown> = {
    Hostname: c.config.hostname,
    Domainname: c.config.domainname,
    User: '',
    AttachStdin: c.attach.stdin,
    AttachStdout: c.attach.stdout,
    AttachStderr: c.attach.stderr,
  };
  // a nil PortSet when nothing is exposed: templates see null, JSON leaves it out (omitempty)
  cfg.ExposedPorts = c.config.exposedPorts.length
    ? goMap(Object.fromEntries(c.config.exposedPorts.map((p) => [p, goStruct({})])))
    : goNil('map', 'nat.PortSet');
  Object.assign(cfg, {
    Tty: c.config.tty,
    OpenStdin: c.config.openStdin,
    StdinOnce: c.attach.stdin && c.config.openStdin,
    Env: [...c.config.env],
    Cmd: strs(c.config.cmd),
    Image: c.image,
    Volumes: null,
    WorkingDir: c.config.workingDir,
    Entrypoint: strs(c.config.entrypoint),
    MacAddress: c.macAddress ?? '',
    OnBuild: null,
    Labels: goMap({ ...c.config.labels }, { zero: '' }),
  });
  return goStruct(
    {
      Id: c.id,
      Created: c.created,
      Path: c.path,
      Args: goSlice([...c.args], '[]string'),
      State: goStruct({
        Status: c.state.status,
        Running: c.state.status === 'running',
        Paused: false,
        Restarting: false,
        OOMKilled: false,
        Dead: false,
        Pid: c.state.pid,
        ExitCode: c.state.exitCode,
        Error: '',
        StartedAt: c.state.startedAt,
        FinishedAt: c.state.finishedAt,
      }),
      Image: c.imageId,
      ResolvConfPath: `${dir}/resolv.conf`,
      HostnamePath: `${dir}/hostname`,
      HostsPath: `${dir}/hosts`,
      LogPath: `${dir}/${c.id}-json.log`,
      Name: `/${c.name}`,
      RestartCount: 0,
      Driver: 'overlay2',
      Platform: 'linux',
      MountLabel: '',
      ProcessLabel: '',
      AppArmorProfile: '',
      ExecIDs: null,
      HostConfig: goStruct({
        Binds: null,
        ContainerIDFile: '',
        LogConfig: goStruct({ Type: 'json-file', Config: goMap({}) }),
        NetworkMode: hc.networkMode,
        PortBindings: portMap(hc.portBindings),
        RestartPolicy: goStruct({ ...hc.restartPolicy }),
        AutoRemove: hc.autoRemove,
        VolumeDriver: '',
        VolumesFrom: null,
        CapAdd: null,
        CapDrop: null,
        CgroupnsMode: 'host',
        Dns: [...hc.dns],
        DnsOptions: [...hc.dnsOptions],
        DnsSearch: [...hc.dnsSearch],
        ExtraHosts: strs(hc.extraHosts),
        GroupAdd: null,
        IpcMode: 'private',
        Cgroup: '',
        Links: strs(hc.links),
        OomScoreAdj: 0,
        PidMode: '',
        Privileged: false,
        PublishAllPorts: hc.publishAllPorts,
        ReadonlyRootfs: false,
        SecurityOpt: null,
        UTSMode: '',
        UsernsMode: '',
        ShmSize: 67108864,
        Runtime: 'runc',
        ConsoleSize: [0, 0],
        Isolation: '',
        CpuShares: 0,
        Memory: 0,
        NanoCpus: 0,
        CgroupParent: '',
        BlkioWeight: 0,
        BlkioWeightDevice: [],
        BlkioDeviceReadBps: null,
        BlkioDeviceWriteBps: null,
        BlkioDeviceReadIOps: null,
        BlkioDeviceWriteIOps: null,
        CpuPeriod: 0,
        CpuQuota: 0,
        CpuRealtimePeriod: 0,
        CpuRealtimeRuntime: 0,
        CpusetCpus: '',
        CpusetMems: '',
        Devices: [],
        DeviceCgroupRules: null,
        DeviceRequests: null,
        KernelMemory: 0,
        KernelMemoryTCP: 0,
        MemoryReservation: 0,
        MemorySwap: 0,
        MemorySwappiness: null,
        OomKillDisable: false,
        PidsLimit: null,
        Ulimits: null,
        CpuCount: 0,
        CpuPercent: 0,
        IOMaximumIOps: 0,
        IOMaximumBandwidth: 0,
        MaskedPaths: [
          '/proc/asound', '/proc/acpi', '/proc/kcore', '/proc/keys', '/proc/latency_stats',
          '/proc/timer_list', '/proc/timer_stats', '/proc/sched_debug', '/proc/scsi', '/sys/firmware',
        ],
        ReadonlyPaths: ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'],
      }),
      GraphDriver: goStruct({
        Data: goMap({
          LowerDir: `/var/lib/docker/overlay2/${layer}-init/diff:/var/lib/docker/overlay2/${c.imageLayerId}/diff`,
          MergedDir: `/var/lib/docker/overlay2/${layer}/merged`,
          UpperDir: `/var/lib/docker/overlay2/${layer}/diff`,
          WorkDir: `/var/lib/docker/overlay2/${layer}/work`,
        }),
        Name: 'overlay2',
      }),
      Mounts: [],
      Config: goStruct(cfg, 'container.Config', { ExposedPorts: 'ExposedPorts,omitempty', MacAddress: 'MacAddress,omitempty' }),
      NetworkSettings: networkSettings(e, c),
    },
    'types.ContainerJSON',
  );
}
