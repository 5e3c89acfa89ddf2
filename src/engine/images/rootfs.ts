/**
 * Files of the recording host's image rootfs (one busybox tree under every image): what `cat`,
 * httpd and wget find before a container writes anything itself.
 */
export const ROOTFS_FILES: Record<string, string> = {
  '/usr/share/nginx/html/index.html':
    '<!DOCTYPE html>\n<html><head><title>Welcome to nginx!</title></head><body><h1>Welcome to nginx!</h1></body></html>\n',
  '/etc/passwd': 'root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\nnobody:x:65534:65534:nobody:/home:/bin/false\n',
  '/etc/group': 'root:x:0:\ndaemon:x:1:\nnogroup:x:65534:\n',
};

/** a file as the container sees it: its own writes first, then the image */
export function containerFile(files: Record<string, string>, path: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(files, path)) return files[path];
  return Object.prototype.hasOwnProperty.call(ROOTFS_FILES, path) ? ROOTFS_FILES[path] : undefined;
}
