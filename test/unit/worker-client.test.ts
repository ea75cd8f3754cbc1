import { describe, expect, it } from 'vitest';
import { ClassifierWorkerClient } from '../../src/classifier/runtime/worker-client';

/** Stands in for the browser's Worker: records what it is sent, answers when told to. */
class FakeWorker {
  sent: { id: number; texts: string[] }[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: { id: number; texts: string[] }) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(id: number, results: unknown[]) {
    this.onmessage?.({ data: { id, results } } as MessageEvent);
  }
}

function clientWithFakes() {
  const started: FakeWorker[] = [];
  const client = new ClassifierWorkerClient(() => {
    const worker = new FakeWorker();
    started.push(worker);
    return worker as unknown as Worker;
  });
  return { client, started };
}

describe('classifier worker client', () => {
  it('warm() starts the worker once, before any request, and requests reuse it', async () => {
    const { client, started } = clientWithFakes();
    client.warm();
    client.warm();
    expect(started).toHaveLength(1);
    const pending = client.classify(['hello']);
    expect(started).toHaveLength(1);
    started[0].answer(started[0].sent[0].id, [{ scores: {} }]);
    await expect(pending).resolves.toEqual([{ scores: {} }]);
  });

  it('stop() ends the worker, fails what was waiting, and the next request starts a fresh one', async () => {
    const { client, started } = clientWithFakes();
    const waiting = client.classify(['a']);
    client.stop();
    expect(started[0].terminated).toBe(true);
    await expect(waiting).rejects.toThrow(/stopped/);
    const next = client.classify(['b']);
    expect(started).toHaveLength(2);
    started[1].answer(started[1].sent[0].id, [{ scores: { abusive: 0.1 } }]);
    await expect(next).resolves.toEqual([{ scores: { abusive: 0.1 } }]);
  });

  it('a crashed worker fails what was waiting with the crash, and the next request starts a fresh one', async () => {
    const { client, started } = clientWithFakes();
    const waiting = client.classify(['a']);
    started[0].onerror?.({ message: 'out of memory' } as ErrorEvent);
    await expect(waiting).rejects.toThrow(/crashed: out of memory/);
    expect(started[0].terminated).toBe(true);
    client.classify(['b']).catch(() => {});
    expect(started).toHaveLength(2);
  });
});
