/**
 * The one rule for counting a note's words, shared with the API's length check
 * (`api/drafts/wordcount.py`); both are tested on `word-count.cases.json`.
 *
 * A word is a run of characters between separators that holds at least one letter or digit.
 * Separators are whitespace and the dashes used as punctuation (figure dash, en dash, em
 * dash, horizontal bar): "on-call", "don't" and a URL are one word each, "10–12" is two, and
 * a lone "—" is none.
 */

// Spelled out rather than `\s`, which JavaScript and Python define slightly differently.
const SEPARATORS = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u2012-\u2015]+/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function countWords(text: string): number {
  return text.split(SEPARATORS).filter((piece) => LETTER_OR_DIGIT.test(piece)).length;
}
