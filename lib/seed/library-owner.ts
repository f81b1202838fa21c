/** The built-in owner of library content: a user row with no credentials, so it cannot sign in. */
export const LIBRARY_OWNER_ID = 'library';
