import { yesNoScale, type ScorecardDraftInput } from '../domain';

/**
 * The short form for rush hours (DOMAIN.md, "Rush-hour model"): skip the extras, solve the
 * acute need, stay friendly. Supervisors co-listen with it while queues are long.
 */
export const rushHourTemplate: ScorecardDraftInput = {
  id: 'rush-hour',
  title: 'Rush-hour call',
  description: 'A short form for co-listening while queues are long: the acute need, friendly and safe.',
  channels: ['call'],
  teamIds: [],
  sections: [
    {
      id: 'rush-essentials',
      title: 'Rush-hour essentials',
      items: [
        {
          id: 'rush-friendly',
          text: 'Stays friendly and calm, even with a long queue',
          explanation: 'Customers who waited long are already tense; a calm voice keeps the call short and the customer with us.',
          scale: yesNoScale(),
          allowNotApplicable: false,
          critical: 'none',
        },
        {
          id: 'rush-verifies-identity',
          text: "Verifies the customer's identity before discussing account details",
          explanation: 'Data protection does not pause in a rush: missing this zeroes the whole evaluation. N/A when no account details were discussed.',
          scale: yesNoScale(),
          allowNotApplicable: true,
          critical: 'evaluation',
        },
        {
          id: 'rush-solves-acute-need',
          text: 'Solves the acute need the customer called about',
          explanation: 'In a rush the one thing that matters is the reason for the call; extras can wait for a quieter day.',
          scale: yesNoScale(2),
          allowNotApplicable: false,
          critical: 'none',
        },
        {
          id: 'rush-next-step',
          text: 'Tells clearly what happens next, if anything is left open',
          explanation: 'An open matter without a clear next step comes back as a new call into the same queue.',
          scale: yesNoScale(),
          allowNotApplicable: true,
          critical: 'none',
        },
      ],
    },
  ],
};
