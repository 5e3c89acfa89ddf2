/**
 * A container's filesystem as the shell sees it: the busybox rootfs directories, the files Docker
 * writes (/etc/hosts, /etc/resolv.conf, /etc/hostname) and whatever processes wrote since.
 */
import type { Engine } from '../../engine/engine.ts';
import type { Container } from '../../engine/model/container.ts';
import type { ShellFs } from '../../shell/types.ts';
import { containerFile } from '../../engine/images/rootfs.ts';

const ROOTFS_DIRS = ['/', '/bin', '/etc', '/tmp', '/root', '/var', '/var/www', '/usr', '/usr/share', '/usr/share/nginx',
  '/usr/share/nginx/html', '/usr/local', '/usr/local/bin', '/data', '/proc', '/proc/sys', '/proc/sys/net',
  '/proc/sys/net/ipv4', '/dev', '/sys'];

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

export function containerFs(e: Engine, c: Container): ShellFs {
  return {
    read(path) {
      if (path === '/proc/sys/net/ipv4/ip_forward') return '1\n';
      if (path === '/etc/hostname') return c.config.hostname + '\n';
      return containerFile(c.files, path) ?? null;
    },
    write(path, text, append) {
      if (path === '/dev/null') return null;
      const dir = dirOf(path);
      const known = ROOTFS_DIRS.includes(dir) || Object.keys(c.files).some((f) => f.startsWith(dir + '/'));
      if (!known) return 'nonexistent directory';
      if (path.startsWith('/proc/')) return 'Read-only file system';
      c.files[path] = append ? (c.files[path] ?? '') + text : text;
      void e;
      return null;
    },
  };
}

export function hostFs(e: Engine): ShellFs {
  const h = e.state.host;
  return {
    read(path) {
      if (path === '/etc/resolv.conf') return h.resolvConf;
      if (path === '/etc/hosts') return h.hostsFile;
      if (path === '/etc/hostname') return h.hostname + '\n';
      if (path === '/proc/sys/net/ipv4/ip_forward') return (h.sysctl['net.ipv4.ip_forward'] ?? '0') + '\n';
      return Object.prototype.hasOwnProperty.call(h.files, path) ? h.files[path] : null;
    },
    write(path, text, append) {
      if (path === '/dev/null') return null;
      if (path === '/proc/sys/net/ipv4/ip_forward') {
        h.sysctl['net.ipv4.ip_forward'] = text.trim();
        return null;
      }
      h.files[path] = append ? (h.files[path] ?? '') + text : text;
      return null;
    },
  };
}
