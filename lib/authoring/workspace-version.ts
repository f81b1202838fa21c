// A set's authoring workspace is its version 0: every draft the engine made and every edit, with a
// review state. It is never published and students never reach it (their queries only read
// versions with publishedAt). Publishing copies its approved questions into a numbered version.
export const WORKSPACE_VERSION = 0;
export const MAX_DRAFTS_KEPT = 40;
