package parley_test

import (
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/internal/parleytest"
)

// TestSchema_Fields checks that docs/schema/record.schema.json documents
// exactly the JSON fields of the record and of every layer type, and allows
// no others: a field added to a type without its schema entry fails here.
func TestSchema_Fields(t *testing.T) {
	b, err := os.ReadFile(parleytest.ModuleRoot(t) + "/docs/schema/record.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	type object struct {
		Properties           map[string]json.RawMessage `json:"properties"`
		AdditionalProperties *bool                      `json:"additionalProperties"`
	}
	var schema struct {
		object
		Defs map[string]object `json:"$defs"`
	}
	if err := json.Unmarshal(b, &schema); err != nil {
		t.Fatal(err)
	}
	recordFields := append(jsonFields(reflect.TypeFor[parley.Document]()), "schema", "warnings")
	check := func(name string, o object, fields []string) {
		t.Helper()
		if o.AdditionalProperties == nil || *o.AdditionalProperties {
			t.Errorf("%s: additionalProperties must be false", name)
		}
		for _, f := range fields {
			if _, ok := o.Properties[f]; !ok {
				t.Errorf("%s: field %q is not in the schema", name, f)
			}
		}
		for p := range o.Properties {
			if !slices.Contains(fields, p) {
				t.Errorf("%s: schema property %q is not a field", name, p)
			}
		}
	}
	check("record", schema.object, recordFields)
	for def, typ := range map[string]reflect.Type{
		"sentence":   reflect.TypeFor[parley.Sentence](),
		"token":      reflect.TypeFor[parley.Token](),
		"time":       reflect.TypeFor[parley.Time](),
		"quantity":   reflect.TypeFor[parley.Quantity](),
		"mention":    reflect.TypeFor[parley.Mention](),
		"actor":      reflect.TypeFor[parley.Actor](),
		"place":      reflect.TypeFor[parley.Place](),
		"quote":      reflect.TypeFor[parley.Quote](),
		"event":      reflect.TypeFor[parley.Event](),
		"commitment": reflect.TypeFor[parley.Commitment](),
	} {
		o, ok := schema.Defs[def]
		if !ok {
			t.Errorf("$defs/%s missing", def)
			continue
		}
		check(def, o, jsonFields(typ))
	}
}

// jsonFields returns the JSON names of a struct's fields.
func jsonFields(t reflect.Type) []string {
	var out []string
	for f := range t.Fields() {
		tag := f.Tag.Get("json")
		if tag == "-" || !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if name == "" {
			name = f.Name
		}
		out = append(out, name)
	}
	return out
}
