package numword_test

import (
	"fmt"
	"strings"

	"github.com/parleyhq/parley/numword"
)

func ExampleParser_ParseTokens() {
	p, err := numword.New()
	if err != nil {
		panic(err)
	}
	for _, s := range []string{
		"one hundred and twelve soldiers",
		"1.5 million dollars",
		"tens of thousands of people",
		"twenty-first century",
	} {
		n, used, _ := p.ParseTokens(strings.Fields(s))
		fmt.Printf("%s: %v [%v,%v] approx=%v ordinal=%v used=%d\n", s, n.Value, n.Min, n.Max, n.Approx, n.Ordinal, used)
	}
	// Output:
	// one hundred and twelve soldiers: 112 [112,112] approx=false ordinal=false used=4
	// 1.5 million dollars: 1.5e+06 [1.5e+06,1.5e+06] approx=false ordinal=false used=2
	// tens of thousands of people: 10000 [10000,99999] approx=true ordinal=false used=3
	// twenty-first century: 21 [21,21] approx=false ordinal=true used=1
}

func ExampleParseDigits() {
	for _, s := range []string{"1,000", "12 000", "3bn", "10:00"} {
		v, ok := numword.ParseDigits(s)
		fmt.Println(s, v, ok)
	}
	// Output:
	// 1,000 1000 true
	// 12 000 12000 true
	// 3bn 3e+09 true
	// 10:00 0 false
}
