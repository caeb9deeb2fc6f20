package fetch

import "net/netip"

// Classes of addresses that Classify reports. A fetch to any of them is
// refused unless Fetcher.AllowPrivate is set.
const (
	ClassInvalid       = "invalid"
	ClassUnspecified   = "unspecified"
	ClassLoopback      = "loopback"
	ClassPrivate       = "private"
	ClassLinkLocal     = "link-local"
	ClassSharedNAT     = "carrier-grade NAT"
	ClassMulticast     = "multicast"
	ClassBroadcast     = "broadcast"
	ClassReserved      = "reserved"
	ClassDocumentation = "documentation"
	ClassBenchmarking  = "benchmarking"
)

// blocked lists the special-purpose ranges, after the IANA IPv4 and IPv6
// Special-Purpose Address Registries, with the class each belongs to. The
// ranges that embed an IPv4 address (IPv4-mapped, NAT64, 6to4) are handled
// in Classify.
var blocked = []struct {
	prefix netip.Prefix
	class  string
}{
	{netip.MustParsePrefix("0.0.0.0/32"), ClassUnspecified},
	{netip.MustParsePrefix("0.0.0.0/8"), ClassReserved}, // "this network"
	{netip.MustParsePrefix("10.0.0.0/8"), ClassPrivate},
	{netip.MustParsePrefix("100.64.0.0/10"), ClassSharedNAT},
	{netip.MustParsePrefix("127.0.0.0/8"), ClassLoopback},
	{netip.MustParsePrefix("169.254.0.0/16"), ClassLinkLocal},
	{netip.MustParsePrefix("172.16.0.0/12"), ClassPrivate},
	{netip.MustParsePrefix("192.0.0.0/24"), ClassReserved}, // IETF protocol assignments
	{netip.MustParsePrefix("192.0.2.0/24"), ClassDocumentation},
	{netip.MustParsePrefix("192.168.0.0/16"), ClassPrivate},
	{netip.MustParsePrefix("198.18.0.0/15"), ClassBenchmarking},
	{netip.MustParsePrefix("198.51.100.0/24"), ClassDocumentation},
	{netip.MustParsePrefix("203.0.113.0/24"), ClassDocumentation},
	{netip.MustParsePrefix("224.0.0.0/4"), ClassMulticast},
	{netip.MustParsePrefix("255.255.255.255/32"), ClassBroadcast},
	{netip.MustParsePrefix("240.0.0.0/4"), ClassReserved},

	{netip.MustParsePrefix("::/128"), ClassUnspecified},
	{netip.MustParsePrefix("::1/128"), ClassLoopback},
	{netip.MustParsePrefix("::/96"), ClassReserved}, // deprecated IPv4-compatible
	{netip.MustParsePrefix("64:ff9b:1::/48"), ClassPrivate},
	{netip.MustParsePrefix("100::/64"), ClassReserved}, // discard-only
	{netip.MustParsePrefix("2001:db8::/32"), ClassDocumentation},
	{netip.MustParsePrefix("fc00::/7"), ClassPrivate},
	{netip.MustParsePrefix("fe80::/10"), ClassLinkLocal},
	{netip.MustParsePrefix("fec0::/10"), ClassPrivate}, // deprecated site-local
	{netip.MustParsePrefix("ff00::/8"), ClassMulticast},
}

var (
	nat64     = netip.MustParsePrefix("64:ff9b::/96")
	sixToFour = netip.MustParsePrefix("2002::/16")
)

// Classify returns the class of a special-purpose address, one of the Class
// constants, or "" when addr is an ordinary public unicast address that a
// Fetcher may connect to. IPv4 addresses written as IPv6 (IPv4-mapped,
// NAT64 64:ff9b::/96, 6to4 2002::/16) are classified by the IPv4 address
// they carry; an IPv6 zone is ignored.
func Classify(addr netip.Addr) string {
	if !addr.IsValid() {
		return ClassInvalid
	}
	addr = addr.WithZone("").Unmap()
	if addr.Is6() {
		b := addr.As16()
		switch {
		case nat64.Contains(addr):
			return Classify(netip.AddrFrom4([4]byte(b[12:16])))
		case sixToFour.Contains(addr):
			return Classify(netip.AddrFrom4([4]byte(b[2:6])))
		}
	}
	for _, r := range blocked {
		if r.prefix.Contains(addr) {
			return r.class
		}
	}
	return ""
}
