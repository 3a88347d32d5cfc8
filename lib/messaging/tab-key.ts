/** Where the tab registry (storage.session) keeps a tab's interaction; no zod, for the panel's first lines. */
export const tabKey = (tabId: number): string => `tab:${tabId}`;
