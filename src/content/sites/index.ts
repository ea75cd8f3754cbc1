import type { SiteAdapter } from '../adapter';
import { demo } from './demo';
import { x } from './x';

/** Every site adapter. The registry test checks each one is here, has fixtures and is in the README. */
export const ADAPTERS: readonly SiteAdapter[] = [demo, x];

export function adapterFor(url: URL): SiteAdapter | undefined {
  return ADAPTERS.find((a) => a.matches(url));
}
