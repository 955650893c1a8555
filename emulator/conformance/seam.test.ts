/**
 * Proves the suite exercises the emulator and not something else: every SDK request is counted at
 * the seam (with the seam missing the SDK would try the network and these counts would be zero),
 * and the set of database actions the installed SDK can send is exactly the set the executor
 * answers, so an SDK upgrade that adds or renames an action fails here.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { KNOWN_ACTIONS } from '../executor';
import { LocalRequester } from '../seam';
import { loadDbClass, sdkPaths } from '../sdk';
import { LOCAL, setupEnv } from './env';

const env = setupEnv();
const { db } = env;
const _ = db.command;

afterAll(() => env.cleanup());

/** 'database.*' string literals in the modules reachable from @cloudbase/database's entry point. */
function actionsSentBySdk(): Set<string> {
  const seen = new Set<string>();
  const actions = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/['"](database\.[A-Za-z]+)['"]/g)) actions.add(m[1]);
    for (const m of src.matchAll(/require\(["'](\.{1,2}\/[^"']+)["']\)/g)) {
      visit(require.resolve(resolve(dirname(file), m[1])));
    }
  };
  visit(sdkPaths().database);
  return actions;
}

(LOCAL ? describe : describe.skip)('the seam', () => {
  test('node-sdk cannot replace the requester: database() reassigns it and the emulator stays', () => {
    env.cloud.database();
    expect(loadDbClass().reqClass).toBe(LocalRequester);
  });

  test('every request the SDK makes is counted once, by action', async () => {
    const emu = env.emu!;
    const coll = await env.freshCollection('seam');
    emu.stats.reset();

    await db.collection(coll).add({
      data: [
        { _id: 'a', n: 1 },
        { _id: 'b', n: 2 },
      ],
    }); // insert
    await db
      .collection(coll)
      .where({ n: _.gte(1) })
      .get(); // get
    await db.collection(coll).doc('a').get(); // get
    await db.collection(coll).count(); // count
    await db
      .collection(coll)
      .doc('a')
      .update({ data: { n: _.inc(1) } }); // modify
    await db
      .collection(coll)
      .doc('c')
      .set({ data: { n: 3 } }); // modify (upsert)
    await db
      .collection(coll)
      .where({ n: 3 })
      .update({ data: { three: true } }); // modify
    await db
      .collection(coll)
      .aggregate()
      .match({ n: _.gt(0) })
      .end(); // aggregate
    await db.runTransaction(async (tx: { collection(n: string): ReturnType<typeof db.collection> }) => {
      await tx.collection(coll).doc('b').get(); // start, get
      await tx
        .collection(coll)
        .doc('b')
        .update({ data: { n: 20 } }); // modify
      await tx.collection(coll).add({ data: { _id: 'd' } }); // insert
    }); // commit
    await db.collection(coll).doc('d').remove(); // remove

    expect(emu.stats.byAction).toEqual({
      'database.insertDocument': 2,
      'database.getDocument': 3,
      'database.calculateDocument': 1,
      'database.modifyDocument': 4,
      'database.aggregateDocuments': 1,
      'database.startTransaction': 1,
      'database.commitTransaction': 1,
      'database.removeDocument': 1,
    });
    expect(emu.stats.reads).toBe(5);
    expect(emu.stats.writes).toBe(7);
    expect(emu.stats.txControl).toBe(2);
    expect(emu.stats.total).toBe(14);
  });

  test('the SDK sends exactly the database actions the executor knows', () => {
    const sent = actionsSentBySdk();
    expect([...sent].sort()).toEqual([...KNOWN_ACTIONS].sort());
  });

  test('the legacy in-transaction actions are not reachable from the SDK entry point', () => {
    const sent = actionsSentBySdk();
    for (const legacy of [
      'database.getInTransaction',
      'database.updateDocInTransaction',
      'database.deleteDocInTransaction',
    ]) {
      expect(sent.has(legacy)).toBe(false);
    }
  });

  test('an action the executor does not know is an error, not a silent success', async () => {
    const requester = new LocalRequester({});
    await expect(requester.send('database.somethingNew', {})).rejects.toMatchObject({ code: 'INVALID_ACTION' });
  });
});
