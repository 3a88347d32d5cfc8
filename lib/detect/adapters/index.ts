import type { DetectorRule } from '../rule';
import { amazonConnect } from './amazon-connect';
import { chatwoot } from './chatwoot';
import { demoDesk } from './demo-desk';
import { dixa } from './dixa';
import { freescout } from './freescout';
import { freshdesk } from './freshdesk';
import { front } from './front';
import { genesysCloud } from './genesys-cloud';
import { gorgias } from './gorgias';
import { helpScout } from './help-scout';
import { hubspot } from './hubspot';
import { intercom } from './intercom';
import { liveagent } from './liveagent';
import { osticket } from './osticket';
import { puzzel } from './puzzel';
import { requestTracker } from './request-tracker';
import { salesforce } from './salesforce';
import { trengo } from './trengo';
import { zammad } from './zammad';
import { zendesk } from './zendesk';
import { zohoDesk } from './zoho-desk';

/**
 * Every built-in adapter, one file per platform in this folder; the file name is the rule id.
 * Order matters only where two could match one page: SaaS hosts first, then the self-hosted
 * tools that match any host by path and a marker element.
 */
export const builtInRules: readonly DetectorRule[] = [
  demoDesk,
  zendesk,
  freshdesk,
  salesforce,
  hubspot,
  intercom,
  front,
  gorgias,
  helpScout,
  zohoDesk,
  genesysCloud,
  amazonConnect,
  puzzel,
  dixa,
  trengo,
  liveagent,
  chatwoot,
  zammad,
  freescout,
  osticket,
  requestTracker,
];
