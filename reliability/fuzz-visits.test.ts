/** Fuzz of the visits function's actions and of whole events to it. */
import { fuzzSuite } from './fuzz';

// visitReminder (a timer, like the sweeper): whole events only, none of which a client may run
fuzzSuite('fuzz-visits', ['visits'], ['visits', 'visitReminder']);
