package actor

import "github.com/parleyhq/parley"

// CAMEO returns the CAMEO actor code of a: the country code (or the
// organisation's code for international bodies, after "IGO") followed by
// the sector's role code, as in "RUSGOV", "UKRMIL" or "IGONAT". It returns
// "" for an actor with neither a country nor an organisation.
func (t *Tagger) CAMEO(a parley.Actor) string {
	role := t.cameo["sector:"+a.Sector]
	if a.Country != "" {
		return a.Country + role
	}
	if org := t.cameo["org:"+a.Org]; org != "" {
		if a.Sector == "IGO" || a.Sector == "" {
			return "IGO" + org
		}
		return org + role
	}
	if a.Sector == "IGO" {
		return "IGO"
	}
	return ""
}
