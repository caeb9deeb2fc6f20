package timex

import "strings"

// ValidValue reports whether v is a value the Times layer may hold: "",
// an ISO 8601 date, week, time or duration, or one of the TIMEX3 forms
// parley writes (2025-Q3, 2025-SU, 2025-H1, 2025-W20-WE, 199, 19,
// 2025-05-18TNI, PXY, XXXX-WXX-1, PRESENT_REF), or two of them joined by "/".
func ValidValue(v string) bool {
	if v == "" {
		return true
	}
	if a, b, ok := strings.Cut(v, "/"); ok {
		return a != "" && b != "" && validOne(a) && validOne(b)
	}
	return validOne(v)
}

func validOne(v string) bool {
	switch v {
	case "PRESENT_REF", "PAST_REF", "FUTURE_REF":
		return true
	}
	if v[0] == 'P' {
		return validDuration(v)
	}
	if strings.HasPrefix(v, "XXXX-") {
		return validSetPoint(v)
	}
	if len(v) == 2 || len(v) == 3 { // century, decade
		return allDigits(v)
	}
	if len(v) < 4 || !allDigits(v[:4]) {
		return false
	}
	rest := v[4:]
	if rest == "" {
		return true
	}
	if rest[0] != '-' {
		return false
	}
	rest = rest[1:]
	switch {
	case len(rest) == 2 && (rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4' || rest[0] == 'H' && (rest[1] == '1' || rest[1] == '2')):
		return true
	case rest == "SP" || rest == "SU" || rest == "FA" || rest == "WI":
		return true
	case len(rest) >= 3 && rest[0] == 'W':
		if !allDigits(rest[1:3]) || atoi(rest[1:3]) < 1 || atoi(rest[1:3]) > 53 {
			return false
		}
		return rest[3:] == "" || rest[3:] == "-WE"
	case len(rest) == 2:
		return allDigits(rest) && atoi(rest) >= 1 && atoi(rest) <= 12
	case len(rest) >= 5 && rest[2] == '-':
		if !allDigits(rest[:2]) || !allDigits(rest[3:5]) {
			return false
		}
		m, d := atoi(rest[:2]), atoi(rest[3:5])
		if m < 1 || m > 12 || d < 1 || d > daysIn(m) {
			return false
		}
		return validTimeOfDay(rest[5:])
	}
	return false
}

// validTimeOfDay checks what follows a date: "", "THH:MM", "THH:MMZ",
// "THH:MM±hh:mm" or a TIMEX3 part of day (TMO, TAF, TEV, TNI, TDT).
func validTimeOfDay(s string) bool {
	if s == "" {
		return true
	}
	if s[0] != 'T' {
		return false
	}
	s = s[1:]
	switch s {
	case "MO", "AF", "EV", "NI", "DT":
		return true
	}
	if len(s) < 5 || !allDigits(s[:2]) || s[2] != ':' || !allDigits(s[3:5]) || atoi(s[:2]) > 24 || atoi(s[3:5]) > 59 {
		return false
	}
	z := s[5:]
	switch {
	case z == "" || z == "Z":
		return true
	case len(z) == 6 && (z[0] == '+' || z[0] == '-') && allDigits(z[1:3]) && z[3] == ':' && allDigits(z[4:]):
		return true
	}
	return false
}

// validDuration checks PnYnMnWnDTnHnMnS with decimal or X counts and the
// TIMEX3 units DE, CE and Q.
func validDuration(v string) bool {
	s := v[1:]
	if s == "" {
		return false
	}
	inTime, any := false, false
	for s != "" {
		if s[0] == 'T' {
			if inTime {
				return false
			}
			inTime = true
			s = s[1:]
			if s == "" {
				return false
			}
			continue
		}
		k := 0
		if s[0] == 'X' {
			k = 1
		} else {
			for k < len(s) && (s[k] >= '0' && s[k] <= '9' || s[k] == '.') {
				k++
			}
		}
		if k == 0 || k == len(s) {
			return false
		}
		u := s[k:]
		switch {
		case !inTime && (strings.HasPrefix(u, "DE") || strings.HasPrefix(u, "CE")):
			s = u[2:]
		case !inTime && strings.ContainsRune("YMWDQ", rune(u[0])):
			s = u[1:]
		case inTime && strings.ContainsRune("HMS", rune(u[0])):
			s = u[1:]
		default:
			return false
		}
		any = true
	}
	return any
}

// validSetPoint checks the recurring points of sets: XXXX-WXX-1,
// XXXX-WXX-WE, XXXX-XX-XXTMO.
func validSetPoint(v string) bool {
	switch {
	case len(v) == 10 && strings.HasPrefix(v, "XXXX-WXX-") && v[9] >= '1' && v[9] <= '7':
		return true
	case v == "XXXX-WXX-WE":
		return true
	case len(v) > 10 && strings.HasPrefix(v, "XXXX-WXX-") && v[9] >= '1' && v[9] <= '7' && v[10] == 'T':
		return validTimeOfDay(v[10:])
	case strings.HasPrefix(v, "XXXX-XX-XXT"):
		return validTimeOfDay(v[10:])
	}
	return false
}
