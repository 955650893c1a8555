/** Fuzz of the admin and org functions' actions, and of whole events to the timer functions. */
import { fuzzSuite } from './fuzz';

fuzzSuite('fuzz-admin-org', ['admin', 'org'], ['admin', 'org', 'pusher', 'sweeper']);
