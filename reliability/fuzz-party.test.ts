/** Fuzz of the party function's actions (both halves) and of whole events to it. */
import { fuzzSuite } from './fuzz';

// partyCards (a timer, like visitReminder): whole events only, none of which a client may run
fuzzSuite('fuzz-party', ['party'], ['party', 'partyCards']);
