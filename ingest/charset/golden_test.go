package charset_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parleyhq/parley/ingest/charset"
	"github.com/parleyhq/parley/internal/parleytest"
)

// decoded is the golden form of one decoded input.
type decoded struct {
	Charset string `json:"charset"`
	Text    string `json:"text"`
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range files {
		if strings.HasSuffix(path, ".golden.json") {
			continue
		}
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			text, name, err := charset.Decode(data, "")
			if err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(path, filepath.Ext(path)) + ".golden.json"
			parleytest.Golden(t, golden, parleytest.MarshalGolden(t, decoded{name, text}))
		})
	}
}
