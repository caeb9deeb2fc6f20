package export_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/parleyhq/parley/export"
)

// checkGeoJSON checks the structure RFC 7946 asks of a FeatureCollection of
// Points and returns its features.
func checkGeoJSON(data []byte) ([]map[string]any, error) {
	var fc map[string]any
	if err := json.Unmarshal(data, &fc); err != nil {
		return nil, err
	}
	if fc["type"] != "FeatureCollection" {
		return nil, fmt.Errorf("type = %v, want FeatureCollection", fc["type"])
	}
	list, ok := fc["features"].([]any)
	if !ok {
		return nil, fmt.Errorf("features is %T, want an array", fc["features"])
	}
	var out []map[string]any
	for i, x := range list {
		f, ok := x.(map[string]any)
		if !ok || f["type"] != "Feature" {
			return nil, fmt.Errorf("feature %d: not a Feature", i)
		}
		switch f["id"].(type) {
		case string, float64, nil:
		default:
			return nil, fmt.Errorf("feature %d: id must be a string or number", i)
		}
		g, ok := f["geometry"].(map[string]any)
		if !ok || g["type"] != "Point" {
			return nil, fmt.Errorf("feature %d: geometry is not a Point", i)
		}
		c, ok := g["coordinates"].([]any)
		if !ok || len(c) != 2 {
			return nil, fmt.Errorf("feature %d: coordinates must be [lon, lat]", i)
		}
		lon, ok1 := c[0].(float64)
		lat, ok2 := c[1].(float64)
		if !ok1 || !ok2 || lon < -180 || lon > 180 || lat < -90 || lat > 90 {
			return nil, fmt.Errorf("feature %d: coordinates %v out of range", i, c)
		}
		if _, ok := f["properties"].(map[string]any); !ok && f["properties"] != nil {
			return nil, fmt.Errorf("feature %d: properties must be an object or null", i)
		}
		out = append(out, f)
	}
	return out, nil
}

func TestGeoJSON(t *testing.T) {
	out, n := mustExport(t, export.FormatGeoJSON, testRows())
	features, err := checkGeoJSON([]byte(out))
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	// Only the three events with a located place.
	if len(features) != 3 || n != 3 {
		t.Fatalf("%d features, want 3", len(features))
	}
	f := features[0]
	c := f["geometry"].(map[string]any)["coordinates"].([]any)
	if c[0] != 30.5238 || c[1] != 50.45466 {
		t.Fatalf("coordinates = %v, want [30.5238 50.45466] (longitude first)", c)
	}
	p := f["properties"].(map[string]any)
	if p["type"] != "ASSAULT" || p["place"] != "Kyiv" || p["sources"] != "Russian forces" || p["start"] != "2025-05-17T00:00:00Z" {
		t.Fatalf("properties = %v", p)
	}

	t.Run("Empty", func(t *testing.T) {
		out, _ := mustExport(t, export.FormatGeoJSON, nil)
		if fs, err := checkGeoJSON([]byte(out)); err != nil || len(fs) != 0 {
			t.Fatalf("empty export: %v, %d features", err, len(fs))
		}
	})
}
