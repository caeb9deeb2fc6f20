package parley_test

import (
	"reflect"
	"testing"

	"github.com/parleyhq/parley"
)

func TestSplitParagraphs(t *testing.T) {
	for _, tt := range []struct {
		name string
		text string
		want []parley.Span
	}{
		{"Empty", "", nil},
		{"Blank", " \n\t\n", nil},
		{"OneLine", "Talks ended.", []parley.Span{{0, 12}}},
		{"LinePerParagraph", "One.\nTwo two.\n", []parley.Span{{0, 4}, {5, 13}}},
		{"HardWrapped", "One\nwrapped.\n\n  Two.  \n", []parley.Span{{0, 12}, {16, 20}}},
		{"HeadlineThenLines", "Headline\n\nFirst para.\nSecond para.\n", []parley.Span{{0, 8}, {10, 21}, {22, 34}}},
		{"WrappedWithQuote", "He said the talks\nwould go on.\n\n\"Next\nweek,\" he said.", []parley.Span{{0, 30}, {32, 53}}},
		{"TrailingBlank", "One.\nTwo.\n\n", []parley.Span{{0, 4}, {5, 9}}},
		{"LeadingBlank", "\n\nOne\nwrapped.", []parley.Span{{2, 5}, {6, 14}}},
		{"LeadingBlankWrapped", "\n\nOne\nwrapped.\n\nTwo", []parley.Span{{2, 14}, {16, 19}}},
		{"Indented", "  A.\n  B.", []parley.Span{{2, 4}, {7, 9}}},
		{"CRLFLeftToIngest", "A.\r\nB.", []parley.Span{{0, 2}, {4, 6}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := parley.SplitParagraphs(tt.text)
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("SplitParagraphs(%q)=%v, want %v", tt.text, got, tt.want)
			}
		})
	}
}
