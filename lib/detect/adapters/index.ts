import type { DetectorRule } from '../rule';
import { demoDesk } from './demo-desk';
import { requestTracker } from './request-tracker';

/** Every built-in adapter, one file per platform in this folder; the file name is the rule id. */
export const builtInRules: readonly DetectorRule[] = [demoDesk, requestTracker];
