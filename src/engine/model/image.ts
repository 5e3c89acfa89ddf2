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
  /**
   * What the image's entrypoint runs on this host. As on the recording host, every image is the
   * busybox rootfs with the official image's config, and its server is busybox httpd on the ports
   * the real image listens on (nginx: 80 serving the welcome page, redis: 6379).
   */
  runtime?: {
    servers?: { port: number; docroot: string }[];
    /** shells the rootfs has besides sh/ash (ubuntu: bash) */
    shells?: string[];
  };
}
