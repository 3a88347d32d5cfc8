import { yesNoScale, yesPartlyNoScale, type ScorecardDraftInput } from '../domain';

/**
 * A general customer-service call, from the greeting to the closing (DOMAIN.md, "Scorecard").
 * Item ids are stable: evaluations and tests name them.
 */
export const callTemplate: ScorecardDraftInput = {
  id: 'customer-service',
  title: 'Customer service call',
  description: 'One customer call, from the greeting to the closing. Every item says why it is scored.',
  // One form for calls, another for written channels: the panel offers the one that fits.
  channels: ['call'],
  teamIds: [],
  rushHourScorecardId: 'rush-hour',
  sections: [
    {
      id: 'opening',
      title: 'Opening',
      items: [
        {
          id: 'greeting',
          text: 'Greets the customer and introduces themself by name',
          explanation: 'A name makes the encounter personal and tells the customer who is taking care of the matter.',
          scale: yesNoScale(),
          allowNotApplicable: false,
          critical: 'none',
        },
        {
          id: 'verifies-identity',
          text: "Verifies the customer's identity before discussing account details",
          explanation:
            'Data protection: telling account details to the wrong person is a breach, so missing this zeroes the whole evaluation. N/A when no account details were discussed.',
          scale: yesNoScale(),
          allowNotApplicable: true,
          critical: 'evaluation',
        },
        {
          id: 'tells-agenda',
          text: 'Tells the customer what the call will cover',
          explanation: 'A customer who knows what comes next follows along and does not need to ask.',
          scale: yesNoScale(),
          allowNotApplicable: true,
          critical: 'none',
        },
      ],
    },
    {
      id: 'needs-mapping',
      title: "Mapping the customer's whole situation",
      items: [
        {
          id: 'open-questions',
          text: "Asks open questions to understand the customer's whole situation",
          explanation:
            'Closed questions solve only the first problem mentioned; open ones reveal the real need, so the customer does not have to call again.',
          scale: yesPartlyNoScale(),
          allowNotApplicable: false,
          critical: 'none',
        },
        {
          id: 'lets-customer-finish',
          text: 'Lets the customer finish and interrupts politely only when needed',
          explanation:
            'Being heard out builds trust; a polite interruption keeps a long story on track without making the customer feel cut off.',
          scale: yesNoScale(),
          allowNotApplicable: true,
          critical: 'none',
        },
        {
          id: 'summarises-need',
          text: "Summarises the customer's need and checks it was understood right",
          explanation: 'A summary catches misunderstandings before time goes into solving the wrong problem.',
          scale: yesNoScale(),
          allowNotApplicable: true,
          critical: 'none',
        },
        {
          id: 'records-contact-reason',
          text: 'Records the contact reason',
          explanation:
            'Contact reasons show why customers get in touch at all and reveal root causes that can be fixed upstream.',
          scale: yesNoScale(),
          allowNotApplicable: true,
          critical: 'none',
        },
      ],
    },
    {
      id: 'solution',
      title: 'Solving at first contact',
      items: [
        {
          id: 'solves-first-contact',
          text: 'Solves the matter at first contact, or agrees on a clear next step',
          explanation:
            'First contact resolution matters more to customers than a short call: every extra contact costs them time and trust.',
          scale: yesNoScale(2),
          allowNotApplicable: true,
          critical: 'none',
        },
        {
          id: 'explains-next-steps',
          text: 'Explains what happens next and when',
          explanation: 'A customer who knows what to expect does not call back to ask where the matter is.',
          scale: yesNoScale(),
          allowNotApplicable: true,
          critical: 'none',
        },
      ],
    },
    {
      id: 'extra-products',
      title: 'Offering relevant extra products',
      items: [
        {
          id: 'checks-anything-else',
          text: 'Asks what else is on the customer\'s mind and offers a relevant extra product or service when the situation shows a need',
          explanation:
            'A second matter handled now saves the customer a new contact; an offer that fits what the customer told is service, not selling. N/A when nothing fits.',
          scale: yesNoScale(),
          allowNotApplicable: true,
          critical: 'none',
        },
      ],
    },
    {
      id: 'closing',
      title: 'Closing',
      items: [
        {
          id: 'friendly-closing',
          text: 'Closes the call in a friendly way and thanks the customer',
          explanation: 'The last impression is the one the customer remembers and tells others about.',
          scale: yesNoScale(),
          allowNotApplicable: false,
          critical: 'none',
        },
      ],
    },
  ],
};
