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

// NewRecord returns the record of doc.
func NewRecord(doc *Document) *Record {
	return &Record{Schema: Schema, Document: doc}
}
