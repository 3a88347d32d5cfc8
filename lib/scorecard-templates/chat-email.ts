import { yesNoScale, yesPartlyNoScale, type ScorecardDraftInput } from '../domain';

/** Written encounters: chat, e-mail and tickets. Same arc as a call, judged on what was written. */
export const chatEmailTemplate: ScorecardDraftInput = {
  id: 'chat-email',
  title: 'Customer service: chat and email',
  description: 'One written encounter (chat, e-mail or ticket), from the first reply to the closing.',
  channels: ['chat', 'email', 'ticket'],
  teamIds: [],
  sections: [
    {
      id: 'written-opening',
      title: 'Opening',
      items: [
        {
          id: 'written-greeting',
          text: 'Greets the customer by name and signs with their own name',
          explanation: 'A written reply with names on both sides reads as a person taking care of the matter, not a template.',
          scale: yesNoScale(),
          allowNotApplicable: false,
          critical: 'none',
        },
        {
          id: 'written-verifies-identity',
          text: "Verifies the customer's identity before sharing account details",
          explanation:
            'Data protection: e-mail addresses and chat names are easy to fake, and sending account details to the wrong person is a breach, so missing this zeroes the whole evaluation. N/A when no account details were shared.',
          scale: yesNoScale(),
          allowNotApplicable: true,
          critical: 'evaluation',
        },
      ],
    },
    {
      id: 'written-mapping',
      title: "Mapping the customer's whole situation",
      items: [
        {
          id: 'reads-whole-thread',
          text: 'Reads the whole message and earlier contacts before replying',
          explanation: 'Customers hate repeating themselves; the answer to "why did they write?" is often in the earlier messages.',
          scale: yesNoScale(),
          allowNotApplicable: true,
          critical: 'none',
        },
        {
          id: 'written-open-questions',
          text: 'Asks open questions where the message leaves the situation unclear',
          explanation:
            'One open question now saves several rounds of messages later, and reveals the need behind the first question.',
          scale: yesPartlyNoScale(),
          allowNotApplicable: true,
          critical: 'none',
        },
        {
          id: 'answers-every-question',
          text: 'Answers every question the customer asked',
          explanation: 'An unanswered question in a written reply is a guaranteed new contact.',
          scale: yesPartlyNoScale(),
          allowNotApplicable: false,
          critical: 'none',
        },
      ],
    },
    {
      id: 'written-solution',
      title: 'Solving at first contact',
      items: [
        {
          id: 'solves-in-one-reply',
          text: 'Solves the matter in this reply, or agrees on a clear next step with a time',
          explanation: 'First contact resolution matters more to customers than speed: every extra message costs them time and trust.',
          scale: yesNoScale(2),
          allowNotApplicable: true,
          critical: 'none',
        },
        {
          id: 'clear-writing',
          text: 'Writes clearly: short paragraphs, plain words, no internal jargon',
          explanation: 'A reply the customer understands at first reading does not come back as a follow-up question.',
          scale: {
            kind: 'custom',
            options: [
              { value: 'yes', label: 'Yes', points: 2, fails: false },
              { value: 'mostly', label: 'Mostly', points: 1, fails: false },
              { value: 'no', label: 'No', points: 0, fails: true },
            ],
          },
          allowNotApplicable: false,
          critical: 'none',
        },
      ],
    },
    {
      id: 'written-extra-products',
      title: 'Offering relevant extra products',
      items: [
        {
          id: 'written-relevant-offer',
          text: 'Offers a relevant extra product or service when the situation shows a need',
          explanation: "An offer that fits what the customer wrote is service, not selling. N/A when nothing fits.",
          scale: yesNoScale(),
          allowNotApplicable: true,
          critical: 'none',
        },
        {
          id: 'written-personal-touch',
          text: 'Adds a personal touch beyond the standard reply',
          explanation:
            'A bonus: a line that shows the agent read this customer\'s message makes the reply memorable. It adds a point without raising the maximum.',
          scale: yesNoScale(),
          allowNotApplicable: true,
          critical: 'none',
          effect: 'bonus',
        },
      ],
    },
    {
      id: 'written-closing',
      title: 'Closing',
      items: [
        {
          id: 'written-closing-summary',
          text: 'Closes with a short summary and tells how to get back in touch',
          explanation: 'The customer sees at a glance what was agreed and does not have to hunt for a way to reply.',
          scale: yesNoScale(),
          allowNotApplicable: false,
          critical: 'none',
        },
      ],
    },
  ],
};
