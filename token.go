package parley

// Sentence is one sentence of a document. Paragraph boundaries are always
// sentence boundaries.
type Sentence struct {
	Span Span `json:"span"`
	// FirstToken and EndToken are the half-open range of the sentence's
	// tokens in Document.Tokens.
	FirstToken int `json:"first_token"`
	EndToken   int `json:"end_token"`
	Paragraph  int `json:"paragraph"` // index into Document.Paragraphs
}

// Token is one token of a document: a word, a number, a punctuation mark or
// a symbol. Tokens never overlap and never contain white space.
type Token struct {
	Span Span      `json:"span"`
	Kind TokenKind `json:"kind"`
}

// TokenKind classifies a token by its characters.
type TokenKind string

// Token kinds.
const (
	TokenWord   TokenKind = "word"   // letters, with inner apostrophes, hyphens or periods (U.S., don't)
	TokenNumber TokenKind = "number" // digits, with inner separators (1,000 1.5 10:00)
	TokenPunct  TokenKind = "punct"  // punctuation, quotes, brackets, dashes
	TokenSymbol TokenKind = "symbol" // currency and other symbols ($ % € +)
)
