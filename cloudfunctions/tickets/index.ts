/** The `tickets` function: categories, filing, my tickets, ticket detail, the grid worker's queue. */
import { createMain } from '../shared/dispatcher';
import { categories } from './actions/categories';
import { detail } from './actions/detail';
import { file } from './actions/file';
import { mine } from './actions/mine';
import { queue } from './actions/queue';

export const main = createMain('tickets', { categories, file, mine, detail, queue });
