package parley

// Schema is the version tag of the JSON record that parley writes.
const Schema = "parley/1"

// Record is the self-contained JSON record of one document: the schema tag,
// the document with its layers, and what went wrong on the way.
type Record struct {
	Schema string `json:"schema"`
	*Document
	Warnings []string `json:"warnings,omitempty"`
}

// NewRecord returns the record of doc. The layers every record carries
// (paragraphs, sentences, tokens) encode as empty arrays, never null, even
// for a document with no text.
func NewRecord(doc *Document) *Record {
	if doc.Paragraphs == nil {
		doc.Paragraphs = []Span{}
	}
	if doc.Sentences == nil {
		doc.Sentences = []Sentence{}
	}
	if doc.Tokens == nil {
		doc.Tokens = []Token{}
	}
	return &Record{Schema: Schema, Document: doc}
}
