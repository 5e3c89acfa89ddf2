/** A pipe into `docker exec -i` reaches the process, and nc carries a request to an httpd. */
import { expect, it } from 'vitest';
import { runTranscript } from '../../src/runner/transcript.ts';

it('pipes host output into docker exec -i and through nc to httpd (86-traffic-tools)', async () => {
  const out = await runTranscript(
    [
      'docker network create tnet',
      'docker run -dit --name c1 --network tnet alpine ash',
      'docker run -dit --name c2 --network tnet alpine ash',
      "docker exec c1 sh -c 'echo hello from c1 > /tmp/index.html'",
      'docker exec -d c1 httpd -f -p 8000 -h /tmp',
      "echo piped | docker exec -i c2 cat",
      "echo piped | docker exec c2 cat",
      "docker exec c2 sh -c 'echo GET / HTTP/1.0; echo' | docker exec -i c2 sh -c 'nc -w 2 c1 8000 | head -1'",
      "docker exec c2 sh -c 'printf \"GET /nosuch HTTP/1.0\\r\\n\\r\\n\" | nc -w 2 c1 8000 | head -1'",
      "docker exec c2 sh -c 'nc -w 1 c1 8000 </dev/null; echo $?'",
    ].join('\n') + '\n',
    { seed: 1 },
  );
  expect(out).toContain('$ echo piped | docker exec -i c2 cat\npiped\n[exit 0]');
  // without -i the process gets no stdin
  expect(out).toContain('$ echo piped | docker exec c2 cat\n[exit 0]');
  expect(out).toMatch(/nc -w 2 c1 8000 \| head -1'\nHTTP\/1\.1 200 OK\r\n\[exit 0\]/);
  expect(out).toMatch(/GET \/nosuch[^\n]*\nHTTP\/1\.1 404 Not Found\r\n\[exit 0\]/);
  expect(out).toContain("</dev/null; echo $?'\n0\n[exit 0]");
});
