package event_test

import (
	"testing"

	"github.com/parleyhq/parley/internal/parleytest"
)

// TestCoder_Mode checks PLOVER modes that clause words or the threatened
// event set.
func TestCoder_Mode(t *testing.T) {
	for _, tt := range []struct {
		name, text, typ, want string
	}{
		{"Bomb", "A car bomb killed six soldiers in Kabul.", "ASSAULT", "explosives"},
		{"Shelled", "Troops shelled the village of Ras, killing four.", "ASSAULT", "heavy-weapons"},
		{"Stabbed", "A man stabbed two police officers in Lyon.", "ASSAULT", "primitive"},
		{"HungerStrike", "Prisoners protested with a hunger strike.", "PROTEST", "hunger"},
		{"Riot", "Rioters protested against the tax in Lagos.", "PROTEST", "riot"},
		{"ThreatSanctions", "Brussels threatened to impose sanctions on Minsk.", "THREATEN", "restrict"},
		{"ThreatNoun", "Caracas threatened military action against Georgetown.", "THREATEN", "violence"},
		{"ThreatTies", "Rabat threatened to sever ties with Tehran.", "THREATEN", "relations"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := MustHand(t, tt.text)
			parleytest.MustValid(t, doc)
			e := find(t, doc, tt.typ)
			if e.Mode != tt.want {
				t.Errorf("mode=%q, want %q (%s)", e.Mode, tt.want, e.Rule)
			}
		})
	}
}
