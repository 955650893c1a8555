/**
 * The `stats` function: the dashboards (看板) of a street, a community or a grid, read off the
 * counters the ticket transitions keep in their own transactions (shared/repo/stats.ts), never the
 * tickets themselves.
 */
import { createMain } from '../shared/dispatcher';
import { dashboard } from './actions/dashboard';
import { exportReport } from './actions/export';

export const main = createMain('stats', {
  dashboard,
  export: exportReport,
});
