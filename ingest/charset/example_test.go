package charset_test

import (
	"fmt"

	"github.com/parleyhq/parley/ingest/charset"
)

func ExampleDecode() {
	// "Новости" (news) in Windows-1251, served with a wrong UTF-8 header.
	data := []byte{0xcd, 0xee, 0xe2, 0xee, 0xf1, 0xf2, 0xe8, '\r', '\n'}
	text, name, err := charset.Decode(data, "text/plain; charset=utf-8")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s %q\n", name, text)
	// Output: windows-1251 "Новости\n"
}
