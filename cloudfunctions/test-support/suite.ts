/**
 * A ticket-workflow test file's setup in one call: the cloud on the seed (cleaned up after the file),
 * the workflow helpers, and each test starting a minute past the seed's instant.
 */
import { SEED_NOW, setupCloud } from './cloud';
import { workflow } from './tickets';

export const START = SEED_NOW + 60_000;

export function ticketSuite(opts: { tickets?: number } = {}) {
  const cloud = setupCloud(opts);
  afterAll(() => cloud.cleanup());
  const w = workflow(cloud);
  beforeEach(() => w.setNow(START));
  return { cloud, w, cast: w.cast };
}
