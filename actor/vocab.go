package actor

// vocabTable maps the normalised words of the vocabulary (closed-class
// words and the words of the knowledge base's phrases) to their entries.
// It is an open-addressing hash table with a cheap hash, built once by
// NewFS and read-only afterwards: the token view looks up every word of a
// document in it, and a Go map's hashing was a visible share of the time.
type vocabTable struct {
	slots []vocabSlot
	mask  uint32
}

// vocabSlot keeps a key with its entry, so that a probe reads one cache
// line.
type vocabSlot struct {
	key string
	e   vocabEntry
}

// newVocabTable builds the table of m at a load factor of at most 1/2.
func newVocabTable(m map[string]vocabEntry) vocabTable {
	n := 16
	for n < 2*len(m) {
		n <<= 1
	}
	v := vocabTable{slots: make([]vocabSlot, n), mask: uint32(n - 1)}
	for w, e := range m {
		if w == "" {
			continue
		}
		i := hashWord(w) & v.mask
		for v.slots[i].key != "" {
			i = (i + 1) & v.mask
		}
		v.slots[i] = vocabSlot{w, e}
	}
	return v
}

// get returns the entry of word w.
func (v *vocabTable) get(w string) (vocabEntry, bool) { return v.getHash(w, hashWord(w)) }

// getHash is get with h == hashWord(w) computed by the caller.
func (v *vocabTable) getHash(w string, h uint32) (vocabEntry, bool) {
	if w == "" || len(v.slots) == 0 {
		return vocabEntry{}, false
	}
	for i := h & v.mask; ; i = (i + 1) & v.mask {
		s := &v.slots[i]
		if s.key == w {
			return s.e, true
		}
		if s.key == "" {
			return vocabEntry{}, false
		}
	}
}

// FNV-1a parameters.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// hashWord is FNV-1a over the bytes of w.
func hashWord(w string) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= fnvPrime
	}
	return h
}
