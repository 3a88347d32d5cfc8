import { ScorecardVersion, yesNoScale, yesPartlyNoScale } from '../../lib/domain';

export const DEMO_SCORECARD_ID = 'customer-service';

/**
 * The demo organisation's published form. Every item says why it is scored, so
 * supervisors, coaches and agents read it the same way (see DOMAIN.md, "Scorecard").
 */
export function demoScorecard(publishedAt: string): ScorecardVersion {
  return ScorecardVersion.parse({
    scorecardId: DEMO_SCORECARD_ID,
    version: 1,
    title: 'Customer service encounter',
    description: 'One customer encounter on any channel, from the greeting to the closing.',
    status: 'published',
    publishedAt,
    sections: [
      {
        id: 'opening',
        title: 'Opening',
        items: [
          {
            id: 'greeting',
            text: 'Greets the customer and introduces themself by name',
            explanation:
              'A name makes the encounter personal and tells the customer who is taking care of the matter.',
            scale: yesNoScale(),
            allowNotApplicable: false,
          },
          {
            id: 'verifies-identity',
            text: "Verifies the customer's identity before discussing account details",
            explanation:
              'Data protection: telling account details to the wrong person is a breach, so missing this zeroes the whole evaluation. N/A when no account details were discussed.',
            scale: yesNoScale(),
            critical: 'evaluation',
          },
          {
            id: 'tells-agenda',
            text: 'Tells the customer what the encounter will cover',
            explanation: 'A customer who knows what comes next follows along and does not need to ask.',
            scale: yesNoScale(),
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
          },
          {
            id: 'lets-customer-finish',
            text: 'Lets the customer finish and interrupts politely only when needed',
            explanation:
              'Being heard out builds trust; a polite interruption keeps a long story on track without making the customer feel cut off.',
            scale: yesNoScale(),
          },
          {
            id: 'summarises-need',
            text: "Summarises the customer's need and checks it was understood right",
            explanation: 'A summary catches misunderstandings before time goes into solving the wrong problem.',
            scale: yesNoScale(),
          },
          {
            id: 'records-contact-reason',
            text: 'Records the contact reason',
            explanation:
              'Contact reasons show why customers get in touch at all and reveal root causes that can be fixed upstream.',
            scale: yesNoScale(),
          },
        ],
      },
      {
        id: 'solution-closing',
        title: 'Solving at first contact and closing',
        items: [
          {
            id: 'solves-first-contact',
            text: 'Solves the matter at first contact, or agrees on a clear next step',
            explanation:
              'First contact resolution matters more to customers than a short call: every extra contact costs them time and trust.',
            scale: yesNoScale(2),
          },
          {
            id: 'explains-next-steps',
            text: 'Explains what happens next and when',
            explanation: 'A customer who knows what to expect does not call back to ask where the matter is.',
            scale: yesNoScale(),
          },
          {
            id: 'checks-anything-else',
            text: 'Checks whether the customer has anything else on their mind',
            explanation: 'A second matter handled now saves the customer a new contact later.',
            scale: yesNoScale(),
          },
          {
            id: 'friendly-closing',
            text: 'Closes the encounter in a friendly way and thanks the customer',
            explanation: 'The last impression is the one the customer remembers and tells others about.',
            scale: yesNoScale(),
            allowNotApplicable: false,
          },
        ],
      },
    ],
  });
}
