/** Fuzz of the tickets and notices functions' actions and of whole events to them. */
import { fuzzSuite } from './fuzz';

fuzzSuite('fuzz-tickets-notices', ['tickets', 'notices'], ['tickets', 'notices']);
