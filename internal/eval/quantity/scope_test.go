package quantity

import "testing"

func TestScopeOf(t *testing.T) {
	num := model{name: "number", inScope: true}
	pct := model{name: "percent", inScope: true}
	tests := []struct {
		m     model
		input string
		gold  string
		value string
		want  string
	}{
		{num, "The rate is 2.4e5 units.", "2.4e5", "240000", outPower},
		{num, "Compute 3^4 now.", "3^4", "81", outPower},
		{num, "The price was 4,56,789 rupees.", "4,56,789", "456789", outGrouping},
		{num, "Ping 10.0.0.12 again.", "12", "12", outIdentifier},
		{num, "Born 3/12/1990.", "12", "12", outIdentifier},
		{num, "Item ABC-42 is gone.", "42", "42", outIdentifier},
		{num, "She saved for 4 years.", "4", "4", outTime},
		{num, "Nine out of ten agree.", "Nine", "9", outRatio},
		{num, "It weighs 15g.", "15g", "15000000000", outSuffix},
		{pct, "percent of 40", "percent of 40", "40%", outInverted},
		{pct, "Give a percentage.", "percentage", "null", outNoNumber},
		{num, "Officials counted 300 dead in 2024.", "300", "300", ""},
		{num, "They sent 40 trucks.", "40", "40", ""},
		{pct, "Prices rose 5 percent.", "5 percent", "5%", ""},
	}
	for _, tt := range tests {
		start := indexOf(tt.input, tt.gold)
		if start < 0 {
			t.Fatalf("%q not in %q", tt.gold, tt.input)
		}
		g := rtResult{Text: tt.gold, Resolution: map[string]any{"value": tt.value}}
		if got := scopeOf(tt.m, tt.input, start, start+len(tt.gold), g); got != tt.want {
			t.Errorf("scopeOf(%q in %q) = %q, want %q", tt.gold, tt.input, got, tt.want)
		}
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}
