// Runs compromise's number parsing on the cases written by
// `go run ./bench/quantity -export cases.json` and prints, as JSON, the
// numbers it finds in each case (UTF-16 offsets and values) and its
// throughput on all case texts joined into one document.
//
// Usage: node compromise.mjs cases.json > compromise.out.json
import { readFileSync } from 'node:fs'
import nlp from 'compromise'

const cases = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const items = {}
for (const c of cases) {
  const nums = nlp(c.text).numbers()
  const json = nums.json({ offset: true })
  const values = nums.get()
  items[c.id] = json.map((m, i) => ({
    start: m.offset.start,
    end: m.offset.start + m.offset.length,
    value: typeof values[i] === 'number' ? values[i] : null,
  }))
}

// Throughput: the whole pipeline (tokenising, tagging, number parsing) on
// one document made of every case text.
const all = cases.map((c) => c.text).join('\n\n')
const bytes = Buffer.byteLength(all, 'utf8')
nlp(all).numbers().get() // warm up
let runs = 0
const t0 = process.hrtime.bigint()
let elapsed = 0
while (elapsed < 3 || runs < 3) {
  nlp(all).numbers().get()
  runs++
  elapsed = Number(process.hrtime.bigint() - t0) / 1e9
}
process.stdout.write(JSON.stringify({ version: nlp.version, items, bytes, runs, seconds: elapsed }))
