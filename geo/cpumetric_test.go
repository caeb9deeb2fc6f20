package geo_test

import (
	"testing"
	"time"
)

// reportCPU reports throughput per CPU second ("cpu-MB/s"), which a busy
// machine does not distort the way it distorts wall-clock MB/s. start is
// cpuTime() before the loop; size is the bytes one iteration reads.
func reportCPU(b *testing.B, start time.Duration, size int) {
	b.Helper()
	used := cpuTime() - start
	if start == 0 || used <= 0 {
		return
	}
	b.ReportMetric(float64(size)*float64(b.N)/1e6/used.Seconds(), "cpu-MB/s")
}

// reportCPUPerOp reports the CPU time of one iteration ("cpu-ms/op").
func reportCPUPerOp(b *testing.B, start time.Duration) {
	b.Helper()
	used := cpuTime() - start
	if start == 0 || used <= 0 {
		return
	}
	b.ReportMetric(used.Seconds()*1e3/float64(b.N), "cpu-ms/op")
}
