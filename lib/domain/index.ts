export * from './roles';
export * from './interaction';
export * from './scorecard';
export * from './evaluation';
export * from './api';
export * from './detector-rules';
