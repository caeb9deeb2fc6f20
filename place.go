package parley

// Place is a place mention resolved against the gazetteer.
type Place struct {
	Span      Span    `json:"span"`
	Name      string  `json:"name"`
	GeoNameID int     `json:"geonames_id,omitempty"`
	Feature   string  `json:"feature,omitempty"` // country, admin1, city, region, ...
	Country   string  `json:"country,omitempty"` // ISO 3166-1 alpha-3
	Admin1    string  `json:"admin1,omitempty"`
	Lat       float64 `json:"lat,omitempty"`
	Lon       float64 `json:"lon,omitempty"`
	TimeZone  string  `json:"tz,omitempty"`
	// Candidates is how many gazetteer entries matched; Reason explains the
	// choice among them.
	Candidates int    `json:"candidates,omitempty"`
	Reason     string `json:"reason,omitempty"`
	Rule       string `json:"rule"`
}
