//go:build !unix

package quote_test

import "time"

// cpuTime is 0 where getrusage is missing: no CPU metric is reported.
func cpuTime() time.Duration { return 0 }
