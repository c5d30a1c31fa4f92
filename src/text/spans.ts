// Marked runs of text: what the engines produce (an excerpt with its matched words, the terms that
// matched) and what the reply model shows. Kept here so engines never import the reply model.

/** A run of text; `emphasis` marks matched words that a platform may render in bold. */
export interface Span {
  text: string;
  emphasis?: boolean;
}

/** A query word and, when it was reached through expansion, the user's word that led to it. */
export interface MatchedTerm {
  term: string;
  /** The user's own word this term was expanded from (`fear ← afraid`); absent for the user's words. */
  via?: string;
}
