package fetch_test

import (
	"net/netip"
	"testing"

	"github.com/parleyhq/parley/ingest/fetch"
)

func TestClassify(t *testing.T) {
	for _, tt := range []struct {
		addr string
		want string
	}{
		// Public addresses.
		{"8.8.8.8", ""},
		{"1.1.1.1", ""},
		{"93.184.215.14", ""},
		{"172.15.255.255", ""},
		{"172.32.0.1", ""},
		{"100.63.255.255", ""},
		{"100.128.0.0", ""},
		{"192.169.0.1", ""},
		{"169.253.255.255", ""},
		{"223.255.255.255", ""},
		{"2001:4860:4860::8888", ""},
		{"2606:4700:4700::1111", ""},
		{"::ffff:8.8.8.8", ""},
		{"64:ff9b::808:808", ""}, // NAT64 of 8.8.8.8
		{"2002:808:808::1", ""},  // 6to4 of 8.8.8.8
		{"fe00::1", ""},          // just below link-local
		{"fbff:ffff::1", ""},     // just below unique local
		// IPv4 special-purpose ranges.
		{"0.0.0.0", fetch.ClassUnspecified},
		{"0.1.2.3", fetch.ClassReserved},
		{"10.0.0.1", fetch.ClassPrivate},
		{"10.255.255.255", fetch.ClassPrivate},
		{"100.64.0.1", fetch.ClassSharedNAT},
		{"100.127.255.254", fetch.ClassSharedNAT},
		{"127.0.0.1", fetch.ClassLoopback},
		{"127.255.255.254", fetch.ClassLoopback},
		{"169.254.169.254", fetch.ClassLinkLocal}, // cloud metadata
		{"172.16.0.1", fetch.ClassPrivate},
		{"172.31.255.255", fetch.ClassPrivate},
		{"192.0.0.8", fetch.ClassReserved},
		{"192.0.2.1", fetch.ClassDocumentation},
		{"192.168.1.1", fetch.ClassPrivate},
		{"198.18.0.1", fetch.ClassBenchmarking},
		{"198.19.255.255", fetch.ClassBenchmarking},
		{"198.51.100.7", fetch.ClassDocumentation},
		{"203.0.113.9", fetch.ClassDocumentation},
		{"224.0.0.1", fetch.ClassMulticast},
		{"239.255.255.250", fetch.ClassMulticast},
		{"240.0.0.1", fetch.ClassReserved},
		{"255.255.255.255", fetch.ClassBroadcast},
		// IPv6 special-purpose ranges.
		{"::", fetch.ClassUnspecified},
		{"::1", fetch.ClassLoopback},
		{"::7f00:1", fetch.ClassReserved}, // IPv4-compatible 127.0.0.1
		{"fc00::1", fetch.ClassPrivate},
		{"fd12:3456:789a::1", fetch.ClassPrivate},
		{"fe80::1", fetch.ClassLinkLocal},
		{"fe80::1%eth0", fetch.ClassLinkLocal},
		{"febf:ffff::1", fetch.ClassLinkLocal},
		{"fec0::1", fetch.ClassPrivate},
		{"ff02::1", fetch.ClassMulticast},
		{"ff05::1:3", fetch.ClassMulticast},
		{"100::1", fetch.ClassReserved},
		{"2001:db8::1", fetch.ClassDocumentation},
		{"64:ff9b:1::1", fetch.ClassPrivate},
		// IPv4 written as IPv6 is classified by the IPv4 address.
		{"::ffff:127.0.0.1", fetch.ClassLoopback},
		{"::ffff:10.1.2.3", fetch.ClassPrivate},
		{"::ffff:169.254.169.254", fetch.ClassLinkLocal},
		{"::ffff:100.64.0.1", fetch.ClassSharedNAT},
		{"::ffff:0.0.0.0", fetch.ClassUnspecified},
		{"64:ff9b::7f00:1", fetch.ClassLoopback},   // NAT64 of 127.0.0.1
		{"64:ff9b::c0a8:101", fetch.ClassPrivate},  // NAT64 of 192.168.1.1
		{"2002:7f00:1::1", fetch.ClassLoopback},    // 6to4 of 127.0.0.1
		{"2002:a9fe:a9fe::", fetch.ClassLinkLocal}, // 6to4 of 169.254.169.254
	} {
		addr := netip.MustParseAddr(tt.addr)
		if got := fetch.Classify(addr); got != tt.want {
			t.Errorf("Classify(%s)=%q, want %q", tt.addr, got, tt.want)
		}
	}
	if got := fetch.Classify(netip.Addr{}); got != fetch.ClassInvalid {
		t.Errorf("Classify(zero)=%q, want %q", got, fetch.ClassInvalid)
	}
}
