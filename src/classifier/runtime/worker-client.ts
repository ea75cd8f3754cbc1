import type { ScoredText } from './score';

/**
 * Promise-based calls into the classifier worker. The worker is started lazily on first use (the
 * model then loads once), and restarted if it dies, so one crash does not take the shield down.
 */
export class ClassifierWorkerClient {
  private worker?: Worker;
  private nextId = 1;
  private pending = new Map<number, { resolve: (r: ScoredText[]) => void; reject: (e: Error) => void }>();

  constructor(private readonly start: () => Worker) {}

  classify(texts: string[]): Promise<ScoredText[]> {
    const worker = this.ensure();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, texts });
    });
  }

  /** Starts the worker now, so the model loads before the first comment needs it. */
  warm(): void {
    this.ensure();
  }

  /** Ends the worker and frees the model's memory, failing what was waiting; the next call starts it again. */
  stop(reason = 'classifier stopped'): void {
    const error = new Error(reason);
    for (const call of this.pending.values()) call.reject(error);
    this.pending.clear();
    this.worker?.terminate();
    this.worker = undefined;
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = this.start();
    worker.onmessage = (event: MessageEvent<{ id: number; results?: ScoredText[]; error?: string }>) => {
      const call = this.pending.get(event.data.id);
      if (!call) return;
      this.pending.delete(event.data.id);
      if (event.data.results) call.resolve(event.data.results);
      else call.reject(new Error(event.data.error ?? 'classifier worker failed'));
    };
    worker.onerror = (event) => this.stop(`classifier worker crashed: ${event.message}`);
    this.worker = worker;
    return worker;
  }
}
