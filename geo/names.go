package geo

import (
	"hash/maphash"
	"math/bits"
)

// nameTable maps the name keys of the gazetteer, and the word prefixes of
// the generated ones, to what the gazetteer knows of them. It is an
// open-addressing hash table that holds no pointers but its three slices,
// so that it costs the garbage collector nothing to scan, and one look-up
// touches about three cache lines. A slot is four bytes, so that the slots
// of the whole gazetteer take 2 MB.
type nameTable struct {
	seed  maphash.Seed
	slots []uint32   // high 8 bits: hash tag; low 24 bits: index+1 into infos; 0 is empty
	infos []nameInfo // in insertion order
	blob  []byte     // the text of every key, end to end
}

// nameInfo is what the table holds about a key.
type nameInfo struct {
	off    int32 // the key is blob[off:off+n]
	n      int32
	key    int32 // index of the generated key, -1 for none
	node   int32 // trie node, -1 for none
	longer bool  // a longer generated key starts with this key and a space
	seat   bool  // a seat of government that is no capital ("kremlin")
}

// maxNames is the number of keys a table can hold (24-bit indexes).
const maxNames = 1<<24 - 1

// newNameTable returns a table sized for about n keys, at most maxNames.
func newNameTable(n int) *nameTable {
	size := 1 << bits.Len(uint(2*n+1))
	return &nameTable{seed: maphash.MakeSeed(), slots: make([]uint32, size), infos: make([]nameInfo, 0, n)}
}

// find returns the slot of key: the one that holds it, or the empty one
// where it would go.
func (t *nameTable) find(key []byte, h uint64) int {
	mask := len(t.slots) - 1
	tag := uint32(h >> 56)
	for i := int(h) & mask; ; i = (i + 1) & mask {
		v := t.slots[i]
		if v == 0 {
			return i
		}
		if v>>24 == tag {
			ni := &t.infos[v&maxNames-1]
			if string(t.blob[ni.off:ni.off+ni.n]) == string(key) {
				return i
			}
		}
	}
}

// get returns the info of key, or nil.
func (t *nameTable) get(key []byte) *nameInfo {
	h := maphash.Bytes(t.seed, key)
	v := t.slots[t.find(key, h)]
	if v == 0 {
		return nil
	}
	return &t.infos[v&maxNames-1]
}

// put returns the info of key, adding it (with no key and no node) when
// missing. The table must have room: it does not grow, and holds at most
// maxNames keys.
func (t *nameTable) put(key string) *nameInfo {
	t.blob = append(t.blob, key...) // tentatively: find compares bytes
	k := t.blob[len(t.blob)-len(key):]
	h := maphash.Bytes(t.seed, k)
	i := t.find(k, h)
	if v := t.slots[i]; v != 0 {
		t.blob = t.blob[:len(t.blob)-len(key)]
		return &t.infos[v&maxNames-1]
	}
	t.infos = append(t.infos, nameInfo{off: int32(len(t.blob) - len(key)), n: int32(len(key)), key: -1, node: -1})
	t.slots[i] = uint32(h>>56)<<24 | uint32(len(t.infos))
	return &t.infos[len(t.infos)-1]
}
