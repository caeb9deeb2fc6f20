package quote

import "github.com/parleyhq/parley"

// cand is a stretch of text between quotation marks.
type cand struct {
	open, close int // mark tokens; close is -1 for a quotation left open
	first, last int // content tokens, inclusive
	single      bool
	paras       int // paragraphs the quotation runs over
}

// mark kinds.
const (
	mNone = iota
	mOpen
	mClose
	mEither // straight marks: decided by the space around them
)

// markOf classifies token i as a quotation mark: double or single, and
// opening, closing or either.
func (s *state) markOf(i int) (kind int, double bool) {
	if s.toks[i].Kind != parley.TokenPunct {
		return mNone, false
	}
	switch s.tokText(i) {
	case "“", "„", "«":
		return mOpen, true
	case "”", "»":
		return mClose, true
	case "\"":
		return mEither, true
	case "‘", "‹":
		return mOpen, false
	case "’", "›":
		return mClose, false
	case "'":
		return mEither, false
	}
	return mNone, false
}

// gapBefore reports whether white space or a paragraph start precedes
// token i (within the token range starting at lo).
func (s *state) gapBefore(i, lo int) bool {
	if i <= lo {
		return true
	}
	if s.toks[i-1].Span.End < s.toks[i].Span.Start {
		return true
	}
	switch s.tokText(i - 1) {
	case "(", "[", "—", "–", "-", ":":
		return true
	}
	return false
}

func (s *state) gapAfter(i, hi int) bool {
	if i+1 >= hi {
		return true
	}
	return s.toks[i].Span.End < s.toks[i+1].Span.Start
}

// resolve decides whether a mark of kind k at token i opens or closes.
func (s *state) resolve(k, i, lo, hi int, open bool) int {
	if k != mEither {
		return k
	}
	gb, ga := s.gapBefore(i, lo), s.gapAfter(i, hi)
	switch {
	case gb && !ga:
		return mOpen
	case !gb && ga:
		return mClose
	case !gb && !ga:
		return mClose
	}
	if open {
		return mClose
	}
	return mOpen
}

// singleClosesAfter reports whether a closing single mark follows token i
// in the paragraph ending before hi.
func (s *state) singleClosesAfter(i, hi int) bool {
	for j := i + 1; j < hi; j++ {
		if k, double := s.markOf(j); k != mNone && !double && s.resolve(k, j, 0, hi, true) == mClose {
			return true
		}
	}
	return false
}

// paraRanges returns the token range [lo, hi) of each paragraph that has
// sentences, in order.
func (s *state) paraRanges() [][2]int {
	out := s.paras[:0]
	defer func() { s.paras = out }()
	last := -1
	for _, se := range s.doc.Sentences {
		if se.EndToken <= se.FirstToken {
			continue
		}
		if len(out) > 0 && se.Paragraph == last {
			out[len(out)-1][1] = se.EndToken
			continue
		}
		out = append(out, [2]int{se.FirstToken, se.EndToken})
		last = se.Paragraph
	}
	return out
}

// findMarks pairs the quotation marks of the document. Double marks pair
// at the top level and single marks inside them are nested quotations
// (left inside the outer one); single marks pair at the top level only in
// a paragraph with no double marks open. A double quotation still open at
// the end of a paragraph continues when the next paragraph opens with a
// quotation mark, as news style writes quotations of several paragraphs;
// otherwise it ends with its paragraph.
func (s *state) findMarks() []cand {
	out := s.cands[:0]
	defer func() { s.cands = out }()
	paras := s.paraRanges()
	dOpen, sOpen := -1, -1
	dStraight := false
	nPara := 0
	emit := func(open, close, first, last int, single bool) {
		// A comma before the closing mark belongs to the attribution.
		for last >= first && s.toks[last].Kind == parley.TokenPunct && s.tokText(last) == "," {
			last--
		}
		if last < first {
			return
		}
		for i := first; i <= last; i++ {
			s.t[i].inQ = true
		}
		out = append(out, cand{open: open, close: close, first: first, last: last, single: single, paras: nPara})
	}
	for pi, pr := range paras {
		lo, hi := pr[0], pr[1]
		cont := dOpen >= 0 // a quotation carried over from the paragraph before
		sOpen = -1
		for i := lo; i < hi; i++ {
			k, double := s.markOf(i)
			if k == mNone {
				continue
			}
			if double && dOpen < 0 && sOpen >= 0 && s.singleClosesAfter(i, hi) {
				continue // 'He said "no" to the deal,' the MP said.
			}
			if double {
				k = s.resolve(k, i, lo, hi, dOpen >= 0)
				switch {
				case k == mOpen && cont && i == lo:
					cont = false // the mark that reopens a continued quotation
					nPara++
				case k == mOpen && dOpen < 0:
					dOpen, dStraight, nPara = i, s.tokText(i) == "\"", 1
					sOpen = -1
				case k == mOpen && dStraight && s.tokText(i) == "\"":
					emit(dOpen, i, dOpen+1, i-1, false)
					dOpen = -1
				case k == mClose && dOpen >= 0:
					emit(dOpen, i, dOpen+1, i-1, false)
					dOpen = -1
				}
				cont = false
				continue
			}
			if dOpen >= 0 {
				continue // nested single quotation
			}
			k = s.resolve(k, i, lo, hi, sOpen >= 0)
			switch {
			case k == mOpen && sOpen < 0 && !s.gapAfter(i, hi):
				sOpen = i
			case k == mClose && sOpen >= 0 && i > sOpen+1:
				nPara = 1
				emit(sOpen, i, sOpen+1, i-1, true)
				sOpen = -1
			}
		}
		if dOpen >= 0 {
			next := pi + 1
			if next < len(paras) {
				if k, double := s.markOf(paras[next][0]); double && k != mClose && k != mNone {
					continue
				}
			}
			emit(dOpen, -1, dOpen+1, hi-1, false)
			dOpen = -1
		}
	}
	return out
}
