import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

/**
 * A static server on loopback for the demo feed and the site fixtures. /demo/ serves
 * test/fixtures/demo, /fixtures/ serves test/fixtures. Nothing else, and never outside those folders.
 */
const ROOT = resolve(import.meta.dirname, '../../test/fixtures');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.css': 'text/css', '.png': 'image/png' };

export interface DemoServer {
  origin: string;
  feedUrl: string;
  close(): Promise<void>;
}

export async function startDemoServer(port = 0): Promise<DemoServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    let file: string | undefined;
    if (path.startsWith('/demo/')) file = join(ROOT, 'demo', normalize(path.slice('/demo/'.length) || 'feed.html'));
    else if (path.startsWith('/fixtures/')) file = join(ROOT, normalize(path.slice('/fixtures/'.length)));
    if (!file || !file.startsWith(ROOT) || !existsSync(file) || !statSync(file).isFile()) {
      // Demo profile and permalink links land here: answer with a plain page, not an error.
      res.writeHead(path.startsWith('/demo/') ? 200 : 404, { 'content-type': 'text/plain' });
      res.end(path.startsWith('/demo/') ? 'Ward demo: this page is a placeholder for a profile or post link.' : 'not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    origin,
    feedUrl: `${origin}/demo/feed.html`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
