/**
 * The `visits` function: 五步工作法 household visits. Households, a visit's five steps in their order
 * (the server's rule: types/visits.ts), the visitor's due list, 入户率 from the counters each step
 * keeps in its own transaction (shared/repo/visits.ts). Plans and reminders join here (V2).
 */
import { createMain } from '../shared/dispatcher';
import { coverage } from './actions/coverage';
import { createHousehold, household, households } from './actions/households';
import { keyRules } from './actions/keyRules';
import { pair } from './actions/pair';
import { pairings } from './actions/pairings';
import { saveKeyRule } from './actions/saveKeyRule';
import { unpair } from './actions/unpair';
import { step } from './actions/step';
import { due, gridDue, start, visit } from './actions/visits';

export const main = createMain('visits', {
  households,
  household,
  createHousehold,
  due,
  gridDue,
  start,
  step,
  visit,
  coverage,
  pairings,
  pair,
  unpair,
  keyRules,
  saveKeyRule,
});
