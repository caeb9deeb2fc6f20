package timex

import "github.com/parleyhq/parley/internal/eval/score"

// Item is one time expression, gold or predicted, as TIMEX3 sees it: a byte
// span, a type (DATE, TIME, DURATION, SET) and a value. Alts holds other
// values that count as right (a reference resolution may list several).
type Item struct {
	Start, End int
	Type       string
	Value      string
	Mod        string // parley's modifier (start, mid, end, approx, ...)
	Alts       []string
	Text       string
}

// Scores counts the outcome of matching predicted items against gold ones,
// TempEval-3 style.
type Scores struct {
	Gold, Pred int
	// StrictTP counts exact span matches; RelaxedTP overlapping ones, each
	// gold item matched at most once.
	StrictTP, RelaxedTP int
	// TypeOK and ValueOK count relaxed matches whose type or value agree.
	TypeOK, ValueOK int
	// MeaningOK counts relaxed matches whose values denote the same time
	// across conventions (SameMeaning); set for Recognizers-Text only.
	MeaningOK int
}

// Add adds o to s.
func (s *Scores) Add(o Scores) {
	s.Gold += o.Gold
	s.Pred += o.Pred
	s.StrictTP += o.StrictTP
	s.RelaxedTP += o.RelaxedTP
	s.TypeOK += o.TypeOK
	s.ValueOK += o.ValueOK
	s.MeaningOK += o.MeaningOK
}

// StrictP, StrictR and StrictF1 are the exact-span scores.
func (s Scores) StrictP() float64  { return score.Ratio(s.StrictTP, s.Pred) }
func (s Scores) StrictR() float64  { return score.Ratio(s.StrictTP, s.Gold) }
func (s Scores) StrictF1() float64 { return score.F1(s.StrictP(), s.StrictR()) }

// RelaxedP, RelaxedR and RelaxedF1 are the overlapping-span scores.
func (s Scores) RelaxedP() float64  { return score.Ratio(s.RelaxedTP, s.Pred) }
func (s Scores) RelaxedR() float64  { return score.Ratio(s.RelaxedTP, s.Gold) }
func (s Scores) RelaxedF1() float64 { return score.F1(s.RelaxedP(), s.RelaxedR()) }

// TypeAcc and ValueAcc are attribute accuracies over relaxed matches.
func (s Scores) TypeAcc() float64  { return score.Ratio(s.TypeOK, s.RelaxedTP) }
func (s Scores) ValueAcc() float64 { return score.Ratio(s.ValueOK, s.RelaxedTP) }

// MeaningAcc is the share of relaxed matches whose values denote the same
// time (SameMeaning).
func (s Scores) MeaningAcc() float64 { return score.Ratio(s.MeaningOK, s.RelaxedTP) }

// ValueF1 is TempEval-3's value score: relaxed F1 times value accuracy.
func (s Scores) ValueF1() float64 { return s.RelaxedF1() * s.ValueAcc() }

// TypeF1 is relaxed F1 times type accuracy.
func (s Scores) TypeF1() float64 { return s.RelaxedF1() * s.TypeAcc() }

// Pair is a gold item and the predicted item matched to it (nil when none).
type Pair struct {
	Gold *Item
	Pred *Item
}

// Match scores pred against gold: every gold item is matched to the first
// unmatched predicted item that overlaps it, preferring an exact span.
// It returns the scores, the pairs (one per gold item) and the predicted
// items left unmatched.
func Match(gold, pred []Item) (Scores, []Pair, []Item) {
	sc := Scores{Gold: len(gold), Pred: len(pred)}
	used := make([]bool, len(pred))
	pairs := make([]Pair, len(gold))
	for gi := range gold {
		g := &gold[gi]
		pairs[gi].Gold = g
		best := -1
		for pi := range pred {
			p := &pred[pi]
			if used[pi] || p.Start >= g.End || g.Start >= p.End {
				continue
			}
			if p.Start == g.Start && p.End == g.End {
				best = pi
				break
			}
			if best < 0 {
				best = pi
			}
		}
		if best < 0 {
			continue
		}
		used[best] = true
		p := &pred[best]
		pairs[gi].Pred = p
		sc.RelaxedTP++
		if p.Start == g.Start && p.End == g.End {
			sc.StrictTP++
		}
		if p.Type == g.Type {
			sc.TypeOK++
		}
		if ValueEqual(g, p) {
			sc.ValueOK++
		}
	}
	var extra []Item
	for pi := range pred {
		if !used[pi] {
			extra = append(extra, pred[pi])
		}
	}
	return sc, pairs, extra
}

// ValueEqual reports whether the value of p, or one of its alternative
// forms, is the value of g or one of its alternatives, after normalising
// equivalent TIMEX3 spellings.
func ValueEqual(g, p *Item) bool {
	pv := append([]string{p.Value}, p.Alts...)
	gv := append([]string{g.Value}, g.Alts...)
	for _, a := range pv {
		a = NormValue(a)
		if a == "" {
			continue
		}
		for _, b := range gv {
			if NormValue(b) == a {
				return true
			}
		}
	}
	return false
}

// NormValue rewrites equivalent TIMEX3 spellings to one form: decades and
// centuries of durations in years (P1DE is P10Y), a time of day without
// seconds (T10:00:00 is T10:00), and TIMEX3's hour-only T10 as T10:00.
func NormValue(v string) string {
	if len(v) > 2 && v[0] == 'P' {
		if n, ok := leadingInt(v[1:]); ok {
			rest := v[1+len(itoa(n)):]
			switch rest {
			case "DE":
				return "P" + itoa(n*10) + "Y"
			case "CE":
				return "P" + itoa(n*100) + "Y"
			}
		}
		return v
	}
	// Strip :00 seconds.
	if len(v) >= 8 && v[len(v)-3:] == ":00" && v[len(v)-6] == ':' {
		v = v[:len(v)-3]
	}
	// T10 -> T10:00
	if i := indexT(v); i >= 0 && len(v)-i == 3 && isDigits(v[i+1:]) {
		v += ":00"
	}
	return v
}

func indexT(v string) int {
	for i := 0; i < len(v); i++ {
		if v[i] == 'T' {
			return i
		}
	}
	return -1
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func leadingInt(s string) (int, bool) {
	n, k := 0, 0
	for k < len(s) && s[k] >= '0' && s[k] <= '9' {
		n = n*10 + int(s[k]-'0')
		k++
	}
	return n, k > 0
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
