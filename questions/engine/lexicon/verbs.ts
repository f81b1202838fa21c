// Verbs that introduce or attribute speech ("said Dermine", "Campbell said", "stating, “…”").
export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'stated', 'states', 'stating', 'saying', 'explained',
  'explains', 'wrote', 'writes', 'asked', 'asks', 'commented', 'comments', 'declared', 'declares', 'announced', 'announces',
  'remarked', 'replied', 'replies', 'continued', 'emphasized', 'emphasised', 'argued', 'argues', 'insisted', 'insists',
  'warned', 'warns', 'according', 'recalled', 'recalls', 'acknowledged', 'admitted', 'concluded', 'observed', 'pointed',
  'calling', 'called', 'describing', 'described', 'urged', 'urges', 'predicted', 'promised', 'tweeted', 'posted', 'joked', 'quipped', 'quips',
  'reiterated', 'reiterates', 'indicated', 'indicates', 'asserted', 'asserts', 'maintained', 'confirmed', 'shared', 'expressed', 'voiced', 'highlighted', 'underscored', 'stressed',
  'claimed', 'claims', 'alleged', 'alleges', 'contended', 'contends', 'responded', 'responds', 'arguing', 'denied', 'denies',
  'answered', 'answers', 'thanking', 'adding', 'noting', 'explaining', 'warning', 'insisting',
  'refers', 'referred', 'describes', 'calls',
  // Rounds 44 to 52: "Bashar Jaafari, concurred by saying", "O'Carroll elaborated", "Ford suggested …, “…”".
  'concurred', 'agreed', 'elaborated', 'suggested', 'complained', 'countered', 'conceded', 'cautioned', 'lamented',
]);

/** The speech verbs as a regular-expression alternation ("said|says|…"). */
export const SPEECH_PATTERN = [...SPEECH_VERBS].join('|');
