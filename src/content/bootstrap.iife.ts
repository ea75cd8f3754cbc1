import { askBackground } from '../shared/client';
import { Engine } from './engine';
import { adapterFor } from './sites';

/**
 * Content-script entry. Runs at document_start in every matched page, which may be hostile: it
 * listens to no page messages and exposes nothing to page scripts; it only reads the DOM and talks
 * to its own background.
 */
function switchOff(): void {
  const html = document.documentElement;
  if (html) html.classList.add('ward-off');
  else document.addEventListener('readystatechange', switchOff, { once: true });
}

async function main(): Promise<void> {
  const adapter = adapterFor(new URL(location.href));
  if (!adapter) return switchOff();
  const log = (line: string) => console.debug(`[ward:${adapter.id}] ${line}`);
  try {
    const { enabled } = await askBackground('site/status', { site: adapter.id });
    if (!enabled) return switchOff();
  } catch (error) {
    // Background unreachable: keep the shield up (fail closed); the engine retries per comment.
    log(`status check failed: ${String(error)}`);
  }
  const engine = new Engine({
    adapter,
    doc: document,
    ask: async (site, url, items) => (await askBackground('verdicts/request', { site, url, items })).verdicts,
    log,
  });
  engine.start();
}

void main();
