package export_test

import (
	"encoding/csv"
	"strings"
	"testing"

	"github.com/parleyhq/parley/export"
)

func TestCSV(t *testing.T) {
	out, n := mustExport(t, export.FormatCSV, testRows())
	r := csv.NewReader(strings.NewReader(out))
	r.FieldsPerRecord = len(export.CSVColumns)
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 6 || n != 5 {
		t.Fatalf("%d rows (%d written), want a header and 5 events", len(recs), n)
	}
	col := map[string]int{}
	for i, name := range recs[0] {
		col[name] = i
	}
	get := func(row int, name string) string { return recs[row][col[name]] }
	for _, tt := range []struct {
		row        int
		name, want string
	}{
		{1, "GLOBALEVENTID", "d1-0"},
		{1, "SQLDATE", "20250517"},
		{1, "Actor1Code", "RUSMIL"},
		{1, "Actor1Name", "RUSSIAN FORCES"},
		{1, "EventRootCode", "19"},
		{1, "QuadClass", "4"},
		{1, "ActionGeo_Type", "4"},
		{1, "ActionGeo_FeatureID", "703448"},
		{1, "ActionGeo_Lat", "50.45466"},
		{1, "SOURCEURL", "https://example.com/a?x=1&y=2"},
		{2, "Actor2Code", "RUSGOV"},
		{2, "EventRootCode", "04"},
		{2, "Evidence", strings.Join(strings.Fields(testRows()[1].Sentence), " ")},
		{4, "SQLDATE", "20250420"}, // undated: the document's date
		{4, "EventRootCode", "10"},
		{4, "ActionGeo_Type", ""},
	} {
		if got := get(tt.row, tt.name); got != tt.want {
			t.Errorf("row %d %s = %q, want %q", tt.row, tt.name, got, tt.want)
		}
	}
}
