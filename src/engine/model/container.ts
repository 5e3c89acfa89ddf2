/** A container as the daemon stores it (config, host config, state) plus its runtime network view. */

export interface PortBinding {
  HostIp: string;
  HostPort: string;
}

export interface EndpointConfig {
  /** what the user asked for (--ip) ; null when nothing was asked */
  ipamConfig: { IPv4Address?: string; IPv6Address?: string } | null;
  aliases: string[] | null;
  links: string[] | null;
  /** set by `docker network connect` (inspect shows {} instead of null) */
  viaConnect: boolean;
  /** the network's ID once an endpoint existed (inspect keeps it after stop; only operational data is cleared) */
  networkId?: string;
}

export type ContainerStatus = 'created' | 'running' | 'exited' | 'removing' | 'dead';

export interface Container {
  id: string;
  name: string;
  created: string;
  createdMs: number;
  image: string;
  imageId: string;
  path: string;
  args: string[];
  config: {
    hostname: string;
    domainname: string;
    tty: boolean;
    openStdin: boolean;
    env: string[];
    cmd: string[] | null;
    entrypoint: string[] | null;
    exposedPorts: string[];
    workingDir: string;
    labels: Record<string, string>;
  };
  hostConfig: {
    networkMode: string;
    portBindings: Record<string, PortBinding[]>;
    publishAllPorts: boolean;
    dns: string[];
    dnsSearch: string[];
    dnsOptions: string[];
    extraHosts: string[] | null;
    links: string[] | null;
    autoRemove: boolean;
    /** --restart: no | always | unless-stopped | on-failure[:N] */
    restartPolicy: { Name: string; MaximumRetryCount: number };
  };
  state: {
    status: ContainerStatus;
    pid: number;
    exitCode: number;
    startedAt: string;
    finishedAt: string;
    startedMs: number;
    finishedMs: number;
  };
  /** networks the container is (to be) attached to, by network name, in attach order */
  networks: Record<string, EndpointConfig>;
  /** the sandbox while running (for container mode: the joined container's sandbox) */
  sandboxId?: string;
  /** runtime port bindings while running (NetworkSettings.Ports) */
  ports: Record<string, PortBinding[]>;
  /** files written inside the container (path -> content) */
  files: Record<string, string>;
  /** what the main process printed */
  logs: string;
  /** which standard streams `docker run` attached (inspect's Config.Attach*) */
  attach: { stdin: boolean; stdout: boolean; stderr: boolean };
  /** the overlay2 layer IDs inspect shows (random on a real engine) */
  layerId: string;
  imageLayerId: string;
  /** --mac-address: the MAC of the endpoint on the container's first network */
  macAddress?: string;
  /** processes in the container's PID namespace (PID 1 is the main process) */
  procs?: { pid: number; args: string }[];
  /** the main process is one that keeps running until stopped */
  longRunning: boolean;
}
