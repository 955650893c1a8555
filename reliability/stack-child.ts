/**
 * The local stack as `npm start` runs it (emulator/stack.ts: the built function bundles, SQLite in
 * WAL on disk, the gateway), in a process of its own so that the kill -9 test can kill it mid-write:
 * `node --import tsx reliability/stack-child.ts <dataDir>` prints `READY <url>` once it listens.
 */
import { startStack } from '../emulator/stack';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: stack-child.ts <dataDir>');
startStack({ dataDir, port: 0, scheduler: false, tickets: 60 })
  .then((s) => console.log(`READY ${s.url}`))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
