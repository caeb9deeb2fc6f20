// Package parley holds the domain of parley: documents, the spans that point
// into their text, and the annotation layers that the annotators add.
//
// A [Document] holds the text of one news report once. Every annotation is a
// value of a layer ([Sentence], [Token], [Time], [Quantity], [Mention],
// [Actor], [Place], [Quote], [Event]) that points back into the text with a
// [Span] of byte offsets, so doc.Text[s.Start:s.End] is always the evidence.
//
// The package imports only the standard library and does no I/O. Ingest
// packages build documents, annotator packages add layers through the
// [Annotator] interface, and the pipeline package runs them in order.
package parley
