import type { Catalog } from './en';

/** Swedish: keys missing here fall back to English. */
export const sv: Partial<Catalog> = {
  'signIn.heading': 'Logga in på Laatu',
  'signIn.server': 'Serveradress',
  'signIn.email': 'E-post',
  'signIn.password': 'Lösenord',
  'signIn.submit': 'Logga in',
  'session.signOut': 'Logga ut',
  'interaction.heading': 'Aktuell kontakt',
  'interaction.customer': 'Kund',
  'interaction.agent': 'Agent',
  'score.label': 'Poäng',
  'evaluation.comment': 'Övergripande kommentar',
  'evaluation.submit': 'Skicka bedömning',
  'sync.pending': 'Väntar på synkning',
  'sync.synced': 'Synkad',
};
