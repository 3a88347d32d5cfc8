import type { Catalog } from './en';

/** Finnish: keys missing here fall back to English. */
export const fi: Partial<Catalog> = {
  'signIn.heading': 'Kirjaudu Laatuun',
  'signIn.server': 'Palvelimen osoite',
  'signIn.email': 'Sähköposti',
  'signIn.password': 'Salasana',
  'signIn.submit': 'Kirjaudu',
  'session.signOut': 'Kirjaudu ulos',
  'interaction.heading': 'Nykyinen yhteydenotto',
  'interaction.customer': 'Asiakas',
  'interaction.agent': 'Asiakaspalvelija',
  'score.label': 'Pisteet',
  'evaluation.comment': 'Yleiskommentti',
  'evaluation.submit': 'Lähetä arviointi',
  'sync.pending': 'Odottaa synkronointia',
  'sync.synced': 'Synkronoitu',
};
