// Package parleytest holds test helpers shared by parley's packages: the
// checks that run after every golden and fuzz case, golden-file comparison
// with an -update flag, and access to the shared seed article.
package parleytest

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parleyhq/parley"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// Update is set by the -update flag: golden files are rewritten instead of
// compared.
var Update = flag.Bool("update", false, "rewrite golden files")

// SeedPublished is the document date of the shared seed article.
var SeedPublished = time.Date(2025, 5, 18, 0, 0, 0, 0, time.UTC)

// ModuleRoot returns the directory that holds go.mod, searching upwards from
// the working directory.
func ModuleRoot(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("go.mod not found above the working directory")
		}
		dir = parent
	}
}

// SharedPath returns the path of a file under ../shared/ beside the module
// root, skipping the test when the shared folder is missing.
func SharedPath(tb testing.TB, elem ...string) string {
	tb.Helper()
	p := filepath.Join(append([]string{ModuleRoot(tb), "..", "shared"}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared file not available: %v", err)
	}
	return p
}

// SeedText returns the text of the shared seed article.
func SeedText(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile(SharedPath(tb, "examples", "seed", "article.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// MustValid fails the test when doc breaks a layer invariant (spans in
// bounds and on UTF-8 boundaries, layers sorted, token ranges consistent).
func MustValid(tb testing.TB, doc *parley.Document) {
	tb.Helper()
	if err := doc.Validate(); err != nil {
		tb.Fatalf("invalid document: %v", err)
	}
}

// MarshalGolden encodes v as indented JSON with a trailing newline, the
// format of every golden file.
func MarshalGolden(tb testing.TB, v any) []byte {
	tb.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// Golden compares got with the golden file at path, or rewrites the file
// when -update is set. A mismatch fails the test with a line diff.
func Golden(tb testing.TB, path string, got []byte) {
	tb.Helper()
	if *Update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			tb.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("read golden file (run with -update to create it): %v", err)
	}
	if !bytes.Equal(got, want) {
		tb.Errorf("%s differs (run with -update to accept):\n%s", path, Diff(string(want), string(got)))
	}
}

// Diff returns a short line diff of want and got: the first differing lines
// with a little context.
func Diff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(wl) && i < len(gl) && wl[i] == gl[i] {
		i++
	}
	var b strings.Builder
	for j := max(0, i-3); j < i; j++ {
		b.WriteString("  " + wl[j] + "\n")
	}
	for j := i; j < min(len(wl), i+8); j++ {
		b.WriteString("- " + wl[j] + "\n")
	}
	for j := i; j < min(len(gl), i+8); j++ {
		b.WriteString("+ " + gl[j] + "\n")
	}
	return b.String()
}

// MustMatchSchema fails the test when record (one JSON record) does not
// validate against docs/schema/record.schema.json.
func MustMatchSchema(tb testing.TB, record []byte) {
	tb.Helper()
	sch := compileSchema(tb)
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(record))
	if err != nil {
		tb.Fatalf("record is not JSON: %v", err)
	}
	if err := sch.Validate(v); err != nil {
		tb.Fatalf("record does not match the schema: %v", err)
	}
}

// schemaCache keeps compiled schemas by path, so fuzz targets that check
// every input compile the schema once.
var schemaCache sync.Map

func compileSchema(tb testing.TB) *jsonschema.Schema {
	tb.Helper()
	path := filepath.Join(ModuleRoot(tb), "docs", "schema", "record.schema.json")
	if sch, ok := schemaCache.Load(path); ok {
		return sch.(*jsonschema.Schema)
	}
	c := jsonschema.NewCompiler()
	sch, err := c.Compile(path)
	if err != nil {
		tb.Fatalf("compile schema: %v", err)
	}
	schemaCache.Store(path, sch)
	return sch
}

// MustMatchDocument fails the test when the record of doc does not validate
// against the record JSON Schema. The record is built from a copy, so doc
// is left as it is (a document that was never segmented gets the empty
// layers NewRecord writes).
func MustMatchDocument(tb testing.TB, doc *parley.Document) {
	tb.Helper()
	c := *doc
	b, err := json.Marshal(parley.NewRecord(&c))
	if err != nil {
		tb.Fatal(err)
	}
	MustMatchSchema(tb, b)
}
