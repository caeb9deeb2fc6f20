package http

import (
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/parleyhq/parley"
)

// query reads the filters of a request's query string, collecting the
// first error.
type query struct {
	v   url.Values
	err error
}

func (q *query) str(key string) string { return strings.TrimSpace(q.v.Get(key)) }

// list reads a parameter given several times or comma-separated.
func (q *query) list(key string) []string {
	var out []string
	for _, v := range q.v[key] {
		for _, s := range strings.Split(v, ",") {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

func (q *query) time(key string) time.Time {
	s := q.str(key)
	if s == "" || q.err != nil {
		return time.Time{}
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	q.err = parley.Errorf(parley.EINVALID, "%s: cannot read %q as a date (want 2025-05-18 or RFC 3339)", key, s)
	return time.Time{}
}

func (q *query) int(key string) int {
	s := q.str(key)
	if s == "" || q.err != nil {
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		q.err = parley.Errorf(parley.EINVALID, "%s: want a number, got %q", key, s)
	}
	return n
}

// bbox reads min_lon,min_lat,max_lon,max_lat.
func (q *query) bbox(key string) *parley.BBox {
	s := q.str(key)
	if s == "" || q.err != nil {
		return nil
	}
	parts := strings.Split(s, ",")
	var v [4]float64
	for i := 0; i < 4 && len(parts) == 4; i++ {
		f, err := strconv.ParseFloat(strings.TrimSpace(parts[i]), 64)
		if err != nil {
			parts = nil
			break
		}
		v[i] = f
	}
	if len(parts) != 4 {
		q.err = parley.Errorf(parley.EINVALID, "%s: want min_lon,min_lat,max_lon,max_lat, got %q", key, s)
		return nil
	}
	b := &parley.BBox{MinLon: v[0], MinLat: v[1], MaxLon: v[2], MaxLat: v[3]}
	if err := b.Validate(); err != nil {
		q.err = err
		return nil
	}
	return b
}
