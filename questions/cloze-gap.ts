// The gap a cloze prompt shows: a run of three or more underscores. A typed question may have none
// ("Who said these words? “…”"). Its own module so the player's bundle need not carry the schemas.
export const CLOZE_GAP = /_{3,}/;
