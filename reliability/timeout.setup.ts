// A matrix row runs one action for every identity × scope on fresh targets, and the first row also
// loads every function over the demo seed (15.5k households since the visits): jest's 5 s default
// timed out on it. This is a ceiling for a hung case, not a speed check.
jest.setTimeout(60_000);
