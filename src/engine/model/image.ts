/** An image as `docker images` and container creation see it. */
export interface Image {
  /** repository:tag, e.g. busybox:latest */
  repoTags: string[];
  id: string;
  created: string;
  size: number;
  config: {
    env: string[];
    cmd: string[] | null;
    entrypoint: string[] | null;
    exposedPorts: string[];
    workingDir: string;
    /** signal `docker stop` sends; processes that ignore it as PID 1 are killed (exit 137) */
    stopSignal?: string;
  };
}
