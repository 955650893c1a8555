/**
 * The permissions table against what is deployed: every function's entry is loaded the way the
 * build finds it (functions.ts), and the actions its `createMain` was built with must be exactly the
 * actions the table declares and the schemas the action map holds. An action with a handler and no
 * declaration, or a declaration nobody handles, fails here (the types catch most of it first; this
 * catches what a cast or an `as never` lets through).
 */
import { ACTION_ACCESS, ACTION_SCHEMAS, type FnName } from '@lx/types';
import { listFunctions } from '../functions';
import { registeredActions } from './dispatcher';

const sorted = (xs: Iterable<string>) => [...xs].sort();

beforeAll(() => {
  // timer functions (sweeper, pusher) have their own entry and register nothing
  for (const f of listFunctions()) require(f.entry);
});

test('the functions dispatching actions are the functions of the action map', () => {
  expect(sorted(registeredActions().keys())).toEqual(sorted(Object.keys(ACTION_SCHEMAS)));
});

test.each(Object.keys(ACTION_SCHEMAS) as FnName[])(
  '%s: every registered handler has a declaration and a schema, and nothing declared goes unhandled',
  (fn) => {
    const handled = sorted(registeredActions().get(fn) ?? []);
    expect(handled).toEqual(sorted(Object.keys(ACTION_ACCESS[fn])));
    expect(handled).toEqual(sorted(Object.keys(ACTION_SCHEMAS[fn])));
  },
);
