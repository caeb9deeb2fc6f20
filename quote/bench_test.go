package quote_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/parleyhq/parley/internal/parleytest"
)

// markup is a gold quote of the evaluation files: {{content|speaker}}.
var markup = regexp.MustCompile(`(?s)\{\{(.*?)\|[^|{}]*\}\}`)

// BenchmarkQuotes times Annotate alone over the seed article, the golden
// texts and the evaluation articles; segmentation runs before the timer.
func BenchmarkQuotes(b *testing.B) {
	parts := []string{parleytest.SeedText(b)}
	for _, pat := range []string{"testdata/*.txt", "testdata/eval/*.txt"} {
		names, err := filepath.Glob(pat)
		if err != nil {
			b.Fatal(err)
		}
		for _, n := range names {
			src, err := os.ReadFile(n)
			if err != nil {
				b.Fatal(err)
			}
			// Drop the date line and the gold markup of evaluation files.
			t := string(src)
			if strings.HasPrefix(t, "@") {
				_, t, _ = strings.Cut(t, "\n")
			}
			t = markup.ReplaceAllString(t, "$1")
			parts = append(parts, t)
		}
	}
	text := strings.Join(parts, "\n")
	doc := mustDoc(b, text)
	tg := mustTagger(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		tg.Annotate(doc)
	}
	reportCPU(b, cpu, len(text))
}
