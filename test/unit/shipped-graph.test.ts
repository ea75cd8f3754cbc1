import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ort from 'onnxruntime-node';
import { afterAll, describe, expect, it } from 'vitest';

// The runtime opens the shipped graph with onnxruntime's optimiser switched off (runtime/model.ts),
// because scripts/model/optimise_graph.mjs has already run it. A graph exported again without that
// step would still load and score, only slower: this test is what notices.
const shipped = resolve(import.meta.dirname, '../../models/ward-abuse/onnx/model_quantized.onnx');
const work = mkdtempSync(join(tmpdir(), 'ward-graph-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the shipped graph', () => {
  it('is already what the optimiser makes of it: another pass writes the same bytes', async () => {
    const again = join(work, 'again.onnx');
    await ort.InferenceSession.create(shipped, { graphOptimizationLevel: 'extended', optimizedModelFilePath: again });
    expect(readFileSync(again).equals(readFileSync(shipped))).toBe(true);
  }, 60_000);
});
