package segment_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestData checks that every data file opens with comment lines naming its
// source and licence.
func TestData(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("data", "*.tsv"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no data files: %v", err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var header []string
		for _, line := range strings.Split(string(b), "\n") {
			if !strings.HasPrefix(line, "#") {
				break
			}
			header = append(header, line)
		}
		h := strings.Join(header, "\n")
		if !strings.Contains(h, "Source:") || !strings.Contains(h, "Licence:") {
			t.Errorf("%s: header names no Source: and Licence:", name)
		}
	}
}
