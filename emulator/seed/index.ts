export * from './build';
export * from './load';
