package export

import "github.com/parleyhq/parley"

// cameoRoots maps each PLOVER type to the CAMEO root code (two digits) that
// covers it best. PLOVER merged and split CAMEO's categories, so the map is
// many-to-one and some choices are judgements; docs/export.md gives the
// reasons.
var cameoRoots = map[string]string{
	"AGREE":     "03", // express intent to cooperate (057, sign formal agreement, lies under 05)
	"CONSULT":   "04", // consult
	"SUPPORT":   "05", // engage in diplomatic cooperation (051 praise or endorse)
	"CONCEDE":   "08", // yield
	"COOPERATE": "06", // engage in material cooperation
	"AID":       "07", // provide aid
	"RETREAT":   "08", // yield (087 de-escalate military engagement)
	"REQUEST":   "02", // appeal; a demand is 10
	"ACCUSE":    "11", // disapprove (112 accuse)
	"REJECT":    "12", // reject
	"THREATEN":  "13", // threaten
	"PROTEST":   "14", // protest
	"SANCTION":  "16", // reduce relations (163 impose embargo, boycott or sanctions)
	"MOBILIZE":  "15", // exhibit force posture
	"COERCE":    "17", // coerce
	"ASSAULT":   "18", // assault; with context military, 19 (fight)
}

// CAMEORoot returns the CAMEO root code of an event: its PLOVER type mapped
// as cameoRoots says, with two refinements that the event's own fields
// allow: an ASSAULT in a military context is 19 (fight), a REQUEST whose
// modality is demanded is 10 (demand). It returns "" for an unknown type.
func CAMEORoot(ev parley.Event) string {
	root := cameoRoots[ev.Type]
	switch {
	case ev.Type == "ASSAULT" && (ev.Mode == "military" || hasString(ev.Context, "military")):
		root = "19"
	case ev.Type == "REQUEST" && ev.Modality == parley.Demanded:
		root = "10"
	}
	return root
}

// QuadClass returns GDELT's quad class of a CAMEO root code: 1 verbal
// cooperation (01-05), 2 material cooperation (06-08), 3 verbal conflict
// (09-13), 4 material conflict (14-20); 0 for "".
func QuadClass(root string) int {
	switch {
	case root == "":
		return 0
	case root <= "05":
		return 1
	case root <= "08":
		return 2
	case root <= "13":
		return 3
	}
	return 4
}

// sectorCodes maps parley's actor sectors to CAMEO type codes; they are the
// same three letters but for political parties.
var sectorCodes = map[string]string{
	"GOV": "GOV", "MIL": "MIL", "REB": "REB", "CVL": "CVL", "MED": "MED", "BUS": "BUS",
	"IGO": "IGO", "NGO": "NGO", "OPP": "OPP", "POL": "PTY", "JUD": "JUD", "REF": "REF",
	"COP": "COP", "LEG": "LEG", "SPY": "SPY", "HLH": "HLH", "EDU": "EDU", "LAB": "LAB",
	"AGR": "AGR", "REL": "REL", "CRM": "CRM",
}

// ActorCode returns a CAMEO actor code built from an actor's country (ISO
// 3166-1 alpha-3, which CAMEO country codes follow) and sector: RUSMIL,
// UKRGOV, IGO. The actor package's Tagger.CAMEO knows organisations too;
// the parley CLI uses it when it can.
func ActorCode(a parley.Actor) string {
	return a.Country + sectorCodes[a.Sector]
}

// SectorCode returns the CAMEO type code of a sector, "" when it has none.
func SectorCode(sector string) string { return sectorCodes[sector] }

func hasString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
