export * from './db';
export * from './session';
export * from './scorecards';
export * from './drafts';
export * from './evaluations';
export * from './feedback';
export * from './handled';
export * from './first-read';
