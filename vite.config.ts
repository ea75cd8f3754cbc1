import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };

type Target = 'chrome' | 'firefox';

/**
 * One manifest.json serves both browsers; this trims what each one does not understand.
 * Chromium ignores background.scripts; Firefox has no offscreen API (its background is a page
 * that starts the classifier worker itself), so the permission is dropped there.
 */
function manifestFor(target: Target): ManifestV3Export {
  const manifest = structuredClone(baseManifest) as Record<string, unknown> & typeof baseManifest;
  if (target === 'firefox') {
    manifest.permissions = manifest.permissions.filter((p) => p !== 'offscreen');
    delete (manifest as Record<string, unknown>).minimum_chrome_version;
  } else {
    delete (manifest as Record<string, unknown>).browser_specific_settings;
  }
  return manifest as ManifestV3Export;
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const testing = !!process.env.VITEST;
  return {
    plugins: testing ? [preact()] : [preact(), crx({ manifest: manifestFor(target), browser: target })],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      // The offscreen document is not named in the manifest, so crxjs needs it as an extra page.
      rolldownOptions: target === 'chrome' ? { input: { offscreen: 'src/offscreen/offscreen.html' } } : {},
    },
    worker: { format: 'es' },
    test: {
      // The JSON report lets .ci/run print a plain "N passed, N failed" line.
      reporters: ['default', 'json'],
      outputFile: { json: 'reports/vitest.json' },
      projects: [
        { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], environment: 'node' } },
        {
          extends: true,
          test: {
            name: 'e2e',
            include: ['test/e2e/**/*.test.ts'],
            testTimeout: 180_000,
            hookTimeout: 180_000,
            // One browser at a time: these machines have two cores.
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
