package parley

// Annotator adds one or more layers to a document.
//
// Annotate is total over valid documents: it returns no error, does no I/O,
// never reads the clock, and never rewrites a layer it does not own. An
// Annotator is safe for concurrent use by many goroutines.
type Annotator interface {
	Annotate(doc *Document)
}

// AnnotatorFunc adapts a function to the Annotator interface.
type AnnotatorFunc func(doc *Document)

// Annotate calls f(doc).
func (f AnnotatorFunc) Annotate(doc *Document) { f(doc) }

// Layer names a layer of a Document, for declaring what an annotator reads
// and writes.
type Layer string

// Layers of a Document.
const (
	LayerParagraphs Layer = "paragraphs"
	LayerSentences  Layer = "sentences"
	LayerTokens     Layer = "tokens"
	LayerTimes      Layer = "times"
	LayerQuantities Layer = "quantities"
	LayerMentions   Layer = "mentions"
	LayerActors     Layer = "actors"
	LayerPlaces     Layer = "places"
	LayerQuotes     Layer = "quotes"
	LayerEvents     Layer = "events"
)
