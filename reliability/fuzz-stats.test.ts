/** Fuzz of the stats function's actions and of whole events to it. */
import { fuzzSuite } from './fuzz';

fuzzSuite('fuzz-stats', ['stats'], ['stats']);
