package export_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parleyhq/parley/export"
)

// icalProp is one unfolded content line: NAME;PARAMS:VALUE.
type icalProp struct {
	Name, Params, Value string
}

// icalEvent holds the properties of one VEVENT by name.
type icalEvent map[string][]icalProp

// checkICal is a strict RFC 5545 reader for what the export writes: every
// line ends in CRLF and has no bare CR or LF, no line is longer than 75
// octets, folds never split a UTF-8 sequence, names are valid, components
// nest properly, VCALENDAR carries VERSION:2.0 and PRODID, and each VEVENT
// carries UID, DTSTAMP and DTSTART once, with valid values; UIDs are
// unique. It returns the events.
func checkICal(data string) ([]icalEvent, error) {
	if !strings.HasSuffix(data, "\r\n") {
		return nil, fmt.Errorf("content does not end with CRLF")
	}
	physical := strings.Split(strings.TrimSuffix(data, "\r\n"), "\r\n")
	var lines []string
	for i, l := range physical {
		if strings.ContainsAny(l, "\r\n") {
			return nil, fmt.Errorf("line %d: bare CR or LF", i+1)
		}
		if len(l) > 75 {
			return nil, fmt.Errorf("line %d: %d octets, more than 75", i+1, len(l))
		}
		if !utf8.ValidString(l) {
			return nil, fmt.Errorf("line %d: invalid UTF-8 (a fold split a character?)", i+1)
		}
		if strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t") {
			if len(lines) == 0 {
				return nil, fmt.Errorf("line %d: continuation without a line", i+1)
			}
			lines[len(lines)-1] += l[1:]
			continue
		}
		lines = append(lines, l)
	}
	nameRE := regexp.MustCompile(`^[A-Z0-9-]+$`)
	var stack []string
	var events []icalEvent
	var cur icalEvent
	cal := map[string]string{}
	uids := map[string]bool{}
	for i, l := range lines {
		head, value, ok := strings.Cut(l, ":")
		if !ok {
			return nil, fmt.Errorf("content line %d %q: no colon", i+1, l)
		}
		name, params, _ := strings.Cut(head, ";")
		if !nameRE.MatchString(name) {
			return nil, fmt.Errorf("content line %d: bad name %q", i+1, name)
		}
		for _, c := range value {
			if c < 0x20 && c != '\t' || c == 0x7f {
				return nil, fmt.Errorf("content line %d: control character in value", i+1)
			}
		}
		switch name {
		case "BEGIN":
			if len(stack) == 0 && value != "VCALENDAR" || len(stack) > 0 && value != "VEVENT" {
				return nil, fmt.Errorf("content line %d: unexpected BEGIN:%s", i+1, value)
			}
			stack = append(stack, value)
			if value == "VEVENT" {
				cur = icalEvent{}
			}
			continue
		case "END":
			if len(stack) == 0 || stack[len(stack)-1] != value {
				return nil, fmt.Errorf("content line %d: END:%s does not close %v", i+1, value, stack)
			}
			stack = stack[:len(stack)-1]
			if value == "VEVENT" {
				for _, req := range []string{"UID", "DTSTAMP", "DTSTART"} {
					if len(cur[req]) != 1 {
						return nil, fmt.Errorf("VEVENT %d: %d %s properties, want 1", len(events)+1, len(cur[req]), req)
					}
				}
				uid := cur["UID"][0].Value
				if uids[uid] {
					return nil, fmt.Errorf("UID %s twice", uid)
				}
				uids[uid] = true
				if !regexp.MustCompile(`^\d{8}T\d{6}Z$`).MatchString(cur["DTSTAMP"][0].Value) {
					return nil, fmt.Errorf("bad DTSTAMP %q", cur["DTSTAMP"][0].Value)
				}
				st := cur["DTSTART"][0]
				switch st.Params {
				case "VALUE=DATE":
					if !regexp.MustCompile(`^\d{8}$`).MatchString(st.Value) {
						return nil, fmt.Errorf("bad DTSTART date %q", st.Value)
					}
				case "":
					if !regexp.MustCompile(`^\d{8}T\d{6}Z?$`).MatchString(st.Value) {
						return nil, fmt.Errorf("bad DTSTART %q", st.Value)
					}
				default:
					return nil, fmt.Errorf("unexpected DTSTART parameters %q", st.Params)
				}
				events = append(events, cur)
			} else if cal["VERSION"] != "2.0" || cal["PRODID"] == "" {
				return nil, fmt.Errorf("VCALENDAR without VERSION:2.0 and PRODID")
			}
			continue
		}
		switch {
		case len(stack) == 1:
			cal[name] = value
		case len(stack) == 2:
			cur[name] = append(cur[name], icalProp{name, params, value})
		default:
			return nil, fmt.Errorf("content line %d: property outside a component", i+1)
		}
	}
	if len(stack) != 0 {
		return nil, fmt.Errorf("components left open: %v", stack)
	}
	return events, nil
}

// unescapeText reverses the TEXT escapes and fails on a bad one or an
// unescaped comma or semicolon.
func unescapeText(s string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s):
			i++
			switch s[i] {
			case 'n', 'N':
				b.WriteByte('\n')
			case '\\', ';', ',':
				b.WriteByte(s[i])
			default:
				return "", fmt.Errorf("bad escape \\%c", s[i])
			}
		case c == '\\' || c == ';' || c == ',':
			return "", fmt.Errorf("unescaped %q in TEXT", c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

func TestICal(t *testing.T) {
	out, n := mustExport(t, export.FormatICal, testRows())
	events, err := checkICal(out)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	// The planned events to come: the meeting on 2 June and the signing on
	// 10 June; not the past assault, the past meeting or the undated demand.
	if len(events) != 2 || n != 2 {
		t.Fatalf("%d events, want 2\n%s", len(events), out)
	}
	ev := events[0]
	if got := ev["DTSTART"][0]; got.Params != "VALUE=DATE" || got.Value != "20250602" {
		t.Errorf("DTSTART = %+v, want VALUE=DATE 20250602", got)
	}
	if got := ev["DTEND"][0].Value; got != "20250603" {
		t.Errorf("DTEND = %q, want 20250603 (exclusive)", got)
	}
	if got := ev["UID"][0].Value; got != "d1-1@parley" {
		t.Errorf("UID = %q", got)
	}
	desc, err := unescapeText(ev["DESCRIPTION"][0].Value)
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Join(strings.Fields(testRows()[1].Sentence), " ") + "\n\nSource: https://example.com/a?x=1&y=2"
	if desc != want {
		t.Errorf("DESCRIPTION = %q, want %q", desc, want)
	}
	sum, err := unescapeText(ev["SUMMARY"][0].Value)
	if err != nil || sum != "CONSULT: Donald Trump with Vladimir Putin (İstanbul)" {
		t.Errorf("SUMMARY = %q, %v", sum, err)
	}
	if got := events[1]["DTSTART"][0]; got.Params != "" || got.Value != "20250610T140000Z" {
		t.Errorf("DTSTART = %+v, want 20250610T140000Z", got)
	}

	t.Run("Fold", func(t *testing.T) {
		// A description of multi-byte characters folds on character
		// boundaries.
		rows := testRows()[1:2]
		rows[0].Sentence = strings.Repeat("переговоры — ", 40)
		out, _ := mustExport(t, export.FormatICal, rows)
		events, err := checkICal(out)
		if err != nil {
			t.Fatal(err)
		}
		desc, _ := unescapeText(events[0]["DESCRIPTION"][0].Value)
		if !strings.HasPrefix(desc, strings.TrimSpace(rows[0].Sentence)) {
			t.Fatalf("DESCRIPTION after unfolding = %q", desc)
		}
	})

	t.Run("Checker", func(t *testing.T) {
		// The checker itself rejects what it must.
		for _, bad := range []string{
			"BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n",
			"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
			"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:" + strings.Repeat("x", 80) + "\r\nEND:VCALENDAR\r\n",
		} {
			if _, err := checkICal(bad); err == nil {
				t.Errorf("checkICal accepted %q", bad)
			}
		}
		if _, err := unescapeText("a,b"); err == nil {
			t.Error("unescapeText accepted an unescaped comma")
		}
	})
}
