package jsonl_test

import (
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/ingest/jsonl"
)

func TestRead(t *testing.T) {
	type doc struct {
		ID         string
		Title      string
		Text       string
		Published  time.Time
		Authors    []string
		Paragraphs []parley.Span
	}
	type wantErr struct {
		Line int
		Code string
		Msg  string // a part of the message
	}
	date := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	for _, tt := range []struct {
		name  string
		input string
		opt   jsonl.Options
		docs  []doc
		errs  []wantErr
	}{
		{
			name:  "OK",
			input: `{"id":"a1","title":" Dam opens ","published":"2024-03-05","authors":["Ann Lee"," "],"text":"The dam opened.\nCrowds came."}` + "\n",
			docs: []doc{{ID: "a1", Title: "Dam opens", Text: "The dam opened.\nCrowds came.", Published: date(2024, 3, 5),
				Authors: []string{"Ann Lee"}, Paragraphs: []parley.Span{sp(0, 15), sp(16, 28)}}},
		},
		{
			name:  "ContentID",
			input: `{"text":"Rain fell."}`,
			docs:  []doc{{ID: parley.ContentID("Rain fell."), Text: "Rain fell.", Paragraphs: []parley.Span{sp(0, 10)}}},
		},
		{
			name:  "BlankLineParagraphs",
			input: `{"id":"p","text":"  One\nstill one.\n\nTwo. \n"}`,
			docs:  []doc{{ID: "p", Text: "  One\nstill one.\n\nTwo. \n", Paragraphs: []parley.Span{sp(2, 16), sp(18, 22)}}},
		},
		{
			name:  "BOMBlankLinesCRLF",
			input: "\xEF\xBB\xBF{\"id\":\"x\",\"text\":\"A.\"}\r\n\r\n   \n{\"id\":\"y\",\"authors\":\"Bo Chen\",\"text\":\"B.\"}\r\n",
			docs: []doc{
				{ID: "x", Text: "A.", Paragraphs: []parley.Span{sp(0, 2)}},
				{ID: "y", Text: "B.", Authors: []string{"Bo Chen"}, Paragraphs: []parley.Span{sp(0, 2)}},
			},
		},
		{
			name:  "InvalidUTF8",
			input: "{\"id\":\"u\",\"title\":\"caf\xe9\",\"text\":\"na\xffve\"}",
			docs:  []doc{{ID: "u", Title: "caf\uFFFD", Text: "na\uFFFDve", Paragraphs: []parley.Span{sp(0, 7)}}},
		},
		{
			name:  "NullFields",
			input: `{"id":null,"title":null,"authors":null,"published":null,"text":"T."}`,
			docs:  []doc{{ID: parley.ContentID("T."), Text: "T.", Paragraphs: []parley.Span{sp(0, 2)}}},
		},
		{
			name:  "UnixSeconds",
			input: `{"id":"n","published":1709596800,"text":"T."}`,
			docs:  []doc{{ID: "n", Text: "T.", Published: time.Unix(1709596800, 0).UTC(), Paragraphs: []parley.Span{sp(0, 2)}}},
		},
		{
			name: "BadLinesSkipped",
			input: strings.Join([]string{
				`{"id":"1","text":"First."}`,
				`{"id":"2","text":"Second."`,
				`{"id":"3"}`,
				`{"id":"4","title":7,"text":"x"}`,
				`["not","an","object"]`,
				`null`,
				`{"id":"7","published":"next Tuesday","text":"x"}`,
				`{"id":"8","text":"   "}`,
				`{"id":"9","authors":[1,2],"text":"x"}`,
				`{"id":"10","published":true,"text":"x"}`,
				`{"id":"11","text":"Last."}`,
			}, "\n"),
			docs: []doc{
				{ID: "1", Text: "First.", Paragraphs: []parley.Span{sp(0, 6)}},
				{ID: "11", Text: "Last.", Paragraphs: []parley.Span{sp(0, 5)}},
			},
			errs: []wantErr{
				{2, parley.EINVALID, "bad JSON"},
				{3, parley.EINVALID, "neither a text nor an html field"},
				{4, parley.EINVALID, "field title is a number, want a string"},
				{5, parley.EINVALID, "line is an array, want a JSON object"},
				{6, parley.EINVALID, "line is null, want a JSON object"},
				{7, parley.EINVALID, `date "next Tuesday" not understood`},
				{8, parley.EINVALID, "field text is empty"},
				{9, parley.EINVALID, "field authors is an array with a non-string element"},
				{10, parley.EINVALID, "field published is a boolean"},
			},
		},
		{
			name:  "HTMLWithoutParser",
			input: `{"id":"h","html":"<p>Hi.</p>"}`,
			errs:  []wantErr{{1, parley.EINVALID, "html field needs an HTML parser"}},
		},
		{
			name: "HTML",
			input: `{"id":"h","url":"https://example.org/a","html":"<title>Old</title><p>Hi there.</p><p>Bye.</p>"}` + "\n" +
				`{"id":"g","title":"Given","html":"<title>Old</title><p>Hi.</p>"}` + "\n" +
				`{"id":"f","html":"<fail>"}`,
			opt: jsonl.Options{HTML: stripTags},
			docs: []doc{
				{ID: "h", Title: "Old", Text: "Hi there.\nBye.\n", Paragraphs: []parley.Span{sp(0, 9), sp(10, 14)}},
				{ID: "g", Title: "Given", Text: "Hi.\n", Paragraphs: []parley.Span{sp(0, 3)}},
			},
			errs: []wantErr{{3, parley.EINTERNAL, "parse html: cannot parse"}},
		},
		{
			name:  "TextWinsOverHTML",
			input: `{"id":"t","text":"Plain.","html":"<p>Rich.</p>"}`,
			opt:   jsonl.Options{HTML: stripTags},
			docs:  []doc{{ID: "t", Text: "Plain.", Paragraphs: []parley.Span{sp(0, 6)}}},
		},
		{
			name:  "ErrTooLarge",
			input: `{"id":"a","text":"short"}` + "\n" + `{"id":"b","text":"` + strings.Repeat("long ", 40) + `"}` + "\n" + `{"id":"c","text":"short"}`,
			opt:   jsonl.Options{MaxBytes: 64},
			docs: []doc{
				{ID: "a", Text: "short", Paragraphs: []parley.Span{sp(0, 5)}},
				{ID: "c", Text: "short", Paragraphs: []parley.Span{sp(0, 5)}},
			},
			errs: []wantErr{{2, parley.ETOOLARGE, "line longer than 64 bytes"}},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tt.opt.Name = "in.jsonl"
			docs, errs := MustRead(t, strings.NewReader(tt.input), tt.opt)
			var got []doc
			for _, d := range docs {
				if d.Format != "jsonl" || d.Input != "in.jsonl" || d.Charset != "utf-8" {
					t.Errorf("Format, Input, Charset = %q, %q, %q, want jsonl, in.jsonl, utf-8", d.Format, d.Input, d.Charset)
				}
				if !d.Published.IsZero() && d.PublishedFrom != parley.DateFromInput {
					t.Errorf("PublishedFrom=%q, want %q", d.PublishedFrom, parley.DateFromInput)
				}
				got = append(got, doc{d.ID, d.Title, d.Text, d.Published, d.Authors, d.Paragraphs})
			}
			if len(got) != len(tt.docs) {
				t.Fatalf("got %d documents %+v, want %d %+v (errors %v)", len(got), got, len(tt.docs), tt.docs, errs)
			}
			for i := range got {
				g, w := got[i], tt.docs[i]
				if g.ID != w.ID || g.Title != w.Title || g.Text != w.Text || !g.Published.Equal(w.Published) ||
					!slices.Equal(g.Authors, w.Authors) || !slices.Equal(g.Paragraphs, w.Paragraphs) {
					t.Errorf("document %d:\n got %+v\nwant %+v", i, g, w)
				}
			}
			if len(errs) != len(tt.errs) {
				t.Fatalf("got %d errors %v, want %d", len(errs), errs, len(tt.errs))
			}
			for i, err := range errs {
				w := tt.errs[i]
				var ie *parley.InputError
				if !errors.As(err, &ie) {
					t.Fatalf("error %d %v is not an *InputError", i, err)
				}
				if ie.Pos.Name != "in.jsonl" || ie.Pos.Line != w.Line {
					t.Errorf("error %d at %v, want in.jsonl:%d", i, ie.Pos, w.Line)
				}
				if code := parley.ErrorCode(err); code != w.Code {
					t.Errorf("error %d code=%s, want %s", i, code, w.Code)
				}
				if !strings.Contains(err.Error(), w.Msg) {
					t.Errorf("error %d = %q, want it to contain %q", i, err, w.Msg)
				}
			}
		})
	}
}

func TestRead_SyntaxErrorColumn(t *testing.T) {
	_, errs := MustRead(t, strings.NewReader(`{"id":"é", x}`), jsonl.Options{Name: "c.jsonl"})
	if len(errs) != 1 {
		t.Fatalf("got errors %v, want 1", errs)
	}
	var ie *parley.InputError
	if !errors.As(errs[0], &ie) {
		t.Fatalf("%v is not an *InputError", errs[0])
	}
	// The x is the 12th character of the line.
	if got, want := ie.Pos.String(), "c.jsonl:1:12"; got != want {
		t.Errorf("position %s, want %s", got, want)
	}
}

// repeatReader yields n bytes of c and then EOF, without holding them.
type repeatReader struct {
	n int64
	c byte
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n <= 0 {
		return 0, io.EOF
	}
	k := min(int64(len(p)), r.n)
	for i := range k {
		p[i] = r.c
	}
	r.n -= k
	return int(k), nil
}

func TestRead_ErrTooLarge100MB(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 100 MB")
	}
	r := io.MultiReader(
		strings.NewReader(`{"id":"a","text":"before"}`+"\n"+`{"id":"big","text":"`),
		&repeatReader{n: 100 << 20, c: 'x'},
		strings.NewReader(`"}`+"\n"+`{"id":"b","text":"after"}`+"\n"),
	)
	docs, errs := MustRead(t, r, jsonl.Options{Name: "big.jsonl"})
	if len(docs) != 2 || docs[0].ID != "a" || docs[1].ID != "b" {
		t.Errorf("got %d documents, want a and b", len(docs))
	}
	if got := errLines(errs); !slices.Equal(got, []int{2}) {
		t.Fatalf("error lines %v, want [2] (errors %v)", got, errs)
	}
	if code := parley.ErrorCode(errs[0]); code != parley.ETOOLARGE {
		t.Errorf("code=%s, want %s", code, parley.ETOOLARGE)
	}
}

func TestRead_StopsOnCallbackError(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	errs := jsonl.Read(strings.NewReader("{\"text\":\"a\"}\n{\"text\":\"b\"}\n"), jsonl.Options{}, func(*parley.Document) error {
		n++
		return stop
	})
	if n != 1 || len(errs) != 1 || errs[0] != stop {
		t.Errorf("calls=%d errors=%v, want 1 call and [stop]", n, errs)
	}
}

// failReader returns its data and then a read error.
type failReader struct{ data string }

func (r *failReader) Read(p []byte) (int, error) {
	if r.data == "" {
		return 0, errors.New("disk on fire")
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func TestRead_ReaderError(t *testing.T) {
	docs, errs := MustRead(t, &failReader{data: "{\"text\":\"a\"}\n"}, jsonl.Options{Name: "f"})
	if len(docs) != 1 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "read f: disk on fire") {
		t.Errorf("docs=%d errors=%v, want 1 document and a read error", len(docs), errs)
	}
}

// sp returns the span [start, end).
func sp(start, end int) parley.Span { return parley.Span{Start: start, End: end} }
