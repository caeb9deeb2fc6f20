package parley

// Place is a place mention resolved against the gazetteer.
//
// A place is reported as the text states it: if a report says the talks
// were held in Ankara, the place is Ankara. A capital or country that may
// stand for its government ("Moscow said") is still a place; its Rule says
// "possible metonym" and the actor layer decides the actor reading.
type Place struct {
	Span Span `json:"span"`
	// Name is the gazetteer's preferred name of the place ("Kyiv" for "Kiev").
	Name string `json:"name"`
	// GeoNameID is the GeoNames id, 0 for a region without one ("the Gulf").
	GeoNameID int    `json:"geonames_id,omitempty"`
	Feature   string `json:"feature,omitempty"` // country, admin1, city, region
	Country   string `json:"country,omitempty"` // ISO 3166-1 alpha-3
	// Admin1 and Admin1ID name the first-level division the place lies in
	// (for an admin1, the place itself).
	Admin1   string  `json:"admin1,omitempty"`
	Admin1ID int     `json:"admin1_id,omitempty"`
	Lat      float64 `json:"lat,omitempty"`
	Lon      float64 `json:"lon,omitempty"`
	TimeZone string  `json:"tz,omitempty"` // IANA zone, "" when the place spans zones
	// Candidates is how many gazetteer entries matched; Reason explains the
	// choice among them.
	Candidates int    `json:"candidates,omitempty"`
	Reason     string `json:"reason,omitempty"`
	Rule       string `json:"rule"`
}
