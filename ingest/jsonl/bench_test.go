package jsonl_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/ingest/jsonl"
	"github.com/parleyhq/parley/internal/parleytest"
)

func BenchmarkRead(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(parleytest.ModuleRoot(b), "examples", "batch.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	data = bytes.Repeat(data, 50)
	opt := jsonl.Options{Name: "bench", HTML: stripTags}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if errs := jsonl.Read(bytes.NewReader(data), opt, func(*parley.Document) error { return nil }); errs != nil {
			b.Fatal(errs)
		}
	}
}
