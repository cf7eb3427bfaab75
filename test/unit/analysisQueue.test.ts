import assert from 'node:assert/strict';
import { AnalysisQueue, Superseded, type Runner } from '../../src/extension/analysisQueue';
import type { Analysis } from '../../src/core/model';

/** A fake engine thread: each run waits until the test finishes it by text. */
class FakeThreads {
  readonly started: string[] = [];
  stopped = 0;
  private readonly open = new Map<string, (analysis: Analysis) => void>();

  readonly start = (): Runner => ({
    run: (text) =>
      new Promise<Analysis>((resolve) => {
        this.started.push(text);
        this.open.set(text, resolve);
      }),
    stop: () => void this.stopped++,
  });

  finish(text: string): void {
    this.open.get(text)?.({ text } as Analysis);
    this.open.delete(text);
  }
}

const tick = () => new Promise((resolve) => setImmediate(resolve));
const BIG = 'B'.repeat(50);

/** Records the order results (or rejections) arrive in. */
function track(arrived: string[], name: string, promise: Promise<Analysis>): Promise<void> {
  return promise.then(
    () => void arrived.push(name),
    (error: unknown) => void arrived.push(`${name}:${error instanceof Superseded ? 'superseded' : String(error)}`),
  );
}

describe('AnalysisQueue', () => {
  it('gives a small article its result while a large one is still running', async () => {
    const threads = new FakeThreads();
    const queue = new AnalysisQueue(threads.start, 40);
    const arrived: string[] = [];
    const big = track(arrived, 'big', queue.analyze(BIG, {}, { key: 'big' }));
    const small = track(arrived, 'small', queue.analyze('small text', {}, { key: 'small' }));
    await tick();
    assert.deepEqual(threads.started, [BIG, 'small text']);
    threads.finish('small text');
    await small;
    assert.deepEqual(arrived, ['small']);
    threads.finish(BIG);
    await big;
    assert.deepEqual(arrived, ['small', 'big']);
  });

  it('drops a large queued older version, so a newer one waits for one run at most', async () => {
    const threads = new FakeThreads();
    const queue = new AnalysisQueue(threads.start, 40);
    const arrived: string[] = [];
    const [v1Text, v2Text, v3Text] = [BIG, BIG + 'x', BIG + 'xy'];
    const v1 = track(arrived, 'v1', queue.analyze(v1Text, {}, { key: 'doc' }));
    await tick();
    const v2 = track(arrived, 'v2', queue.analyze(v2Text, {}, { key: 'doc' }));
    const v3 = track(arrived, 'v3', queue.analyze(v3Text, {}, { key: 'doc' }));
    await v2;
    threads.finish(v1Text);
    await v1;
    await tick();
    threads.finish(v3Text);
    await v3;
    assert.deepEqual(arrived, ['v2:superseded', 'v1', 'v3']);
    assert.deepEqual(threads.started, [v1Text, v3Text]);
    assert.equal(threads.stopped, 0, 'a running job is left to finish');
  });

  it('drops a queued older version without running it', async () => {
    const threads = new FakeThreads();
    const queue = new AnalysisQueue(threads.start, 40);
    const arrived: string[] = [];
    const other = track(arrived, 'other', queue.analyze('other', {}, { key: 'other' }));
    const v1 = track(arrived, 'v1', queue.analyze('doc v1', {}, { key: 'doc' }));
    const v2 = track(arrived, 'v2', queue.analyze('doc v2', {}, { key: 'doc' }));
    await v1;
    threads.finish('other');
    await other;
    await tick();
    threads.finish('doc v2');
    await v2;
    assert.deepEqual(arrived, ['v1:superseded', 'other', 'v2']);
    assert.deepEqual(threads.started, ['other', 'doc v2']);
  });

  it('runs what someone is looking at before background work', async () => {
    const threads = new FakeThreads();
    const queue = new AnalysisQueue(threads.start, 40);
    const done = ['a', 'b', 'c'].map((name) => queue.analyze(`export ${name}`, {}, { background: true }));
    const shown = queue.analyze('shown', {}, { key: 'shown' });
    for (const text of ['export a', 'shown', 'export b', 'export c']) {
      await tick();
      threads.finish(text);
    }
    await Promise.all([...done, shown]);
    assert.deepEqual(threads.started, ['export a', 'shown', 'export b', 'export c']);
  });

  // Negative rows: a running job is never given up, nor another document's request dropped.
  it('lets a running job of an older version finish', async () => {
    const threads = new FakeThreads();
    const queue = new AnalysisQueue(threads.start, 40);
    const v1 = queue.analyze('doc v1', {}, { key: 'doc' });
    await tick();
    const v2 = queue.analyze('doc v2', {}, { key: 'doc' });
    threads.finish('doc v1');
    assert.equal((await v1).text, 'doc v1');
    await tick();
    threads.finish('doc v2');
    assert.equal((await v2).text, 'doc v2');
    assert.equal(threads.stopped, 0);
  });

  it('keeps the queued request of another document', async () => {
    const threads = new FakeThreads();
    const queue = new AnalysisQueue(threads.start, 40);
    const a = queue.analyze(BIG, {}, { key: 'a' });
    await tick();
    const b = queue.analyze(BIG + 'b', {}, { key: 'b' });
    await tick();
    assert.equal(threads.stopped, 0);
    assert.deepEqual(threads.started, [BIG]);
    threads.finish(BIG);
    await a;
    await tick();
    threads.finish(BIG + 'b');
    await b;
  });

  describe('runs the documents in view first', () => {
    // A large article is running; two more large ones (and maybe background work) wait behind it.
    const rows: { name: string; queued: { key: string; background?: boolean }[]; inView: Record<string, number>; order: string[] }[] = [
      { name: 'the active editor\'s article before one queued earlier', queued: [{ key: 'tab' }, { key: 'active' }], inView: { active: 2 }, order: ['active', 'tab'] },
      { name: 'the active editor before another visible one', queued: [{ key: 'side' }, { key: 'active' }], inView: { side: 1, active: 2 }, order: ['active', 'side'] },
      { name: 'a visible editor before a background tab', queued: [{ key: 'tab' }, { key: 'side' }], inView: { side: 1 }, order: ['side', 'tab'] },
      // negatives: equal ranks keep their order, and background work never goes first
      { name: 'two tabs out of view in the order asked', queued: [{ key: 'first' }, { key: 'second' }], inView: {}, order: ['first', 'second'] },
      { name: 'an export of the visible article after the tab', queued: [{ key: 'active', background: true }, { key: 'tab' }], inView: { active: 2 }, order: ['tab', 'active'] },
    ];
    for (const row of rows) {
      it(row.name, async () => {
        const threads = new FakeThreads();
        const queue = new AnalysisQueue(threads.start, 40, (key) => row.inView[key] ?? 0);
        const running = queue.analyze(BIG, {}, { key: 'running' });
        await tick();
        const waiting = row.queued.map((q) => queue.analyze(BIG + q.key, {}, q));
        for (const text of [BIG, ...row.order.map((k) => BIG + k)]) {
          await tick();
          threads.finish(text);
        }
        await Promise.all([running, ...waiting]);
        assert.deepEqual(threads.started, [BIG, ...row.order.map((k) => BIG + k)]);
      });
    }

    it('asks which editor is active when a thread is free, not when the request came', async () => {
      const threads = new FakeThreads();
      let active = 'a';
      const queue = new AnalysisQueue(threads.start, 40, (key) => (key === active ? 2 : 0));
      const running = queue.analyze(BIG, {}, { key: 'running' });
      await tick();
      const waiting = ['a', 'b'].map((key) => queue.analyze(BIG + key, {}, { key }));
      active = 'b';
      for (const text of [BIG, BIG + 'b', BIG + 'a']) {
        await tick();
        threads.finish(text);
      }
      await Promise.all([running, ...waiting]);
      assert.deepEqual(threads.started, [BIG, BIG + 'b', BIG + 'a']);
    });
  });
});
