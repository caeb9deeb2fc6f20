package event_test

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/parleyhq/parley"
)

// modalityFloor is the accuracy the coder reached on testdata/modality.tsv
// when last measured, rounded down; the test fails below it.
const modalityFloor = 0.98

// TestModality_Set scores the modality of the event named by each line of
// testdata/modality.tsv, with the segmenter alone (no actor layer), and
// asserts the floor. -v prints the errors.
func TestModality_Set(t *testing.T) {
	f, err := os.Open("testdata/modality.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	total, correct := 0, 0
	perClass := map[parley.Modality][2]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) != 3 {
			t.Fatalf("bad line %q", line)
		}
		want, trigger, text := parley.Modality(fs[0]), fs[1], fs[2]
		doc := MustSegmented(t, text)
		total++
		got := parley.Modality("none")
		for _, e := range doc.Events {
			if doc.Slice(e.Trigger) == trigger || strings.HasSuffix(doc.Slice(e.Trigger), " "+trigger) {
				got = e.Modality
				break
			}
		}
		pc := perClass[want]
		pc[1]++
		if got == want {
			correct++
			pc[0]++
		} else {
			t.Logf("%s: got %s, want %s: %s", trigger, got, want, text)
		}
		perClass[want] = pc
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if total < 150 {
		t.Fatalf("%d sentences, want at least 150", total)
	}
	acc := float64(correct) / float64(total)
	for m, pc := range perClass {
		t.Logf("%-12s %d/%d", m, pc[0], pc[1])
	}
	t.Logf("modality accuracy %.3f (%d of %d)", acc, correct, total)
	if acc < modalityFloor {
		t.Fatalf("accuracy %.3f below the floor %.2f", acc, modalityFloor)
	}
}
