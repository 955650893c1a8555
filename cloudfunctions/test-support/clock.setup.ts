/** jest setupFilesAfterEnv of the cloud project: every test file starts on the fake clock at SEED_NOW. */
import { REAL_TIMERS, SEED_NOW } from './clock';

jest.useFakeTimers({ now: SEED_NOW, doNotFake: [...REAL_TIMERS] });
