// Runs compromise (.people(), .organizations(), .places()) and wink-nlp
// (runs of proper nouns, as its light English model has no person or
// organisation entities) on the cases written by
// `go run ./bench/actor -export cases.json`, and prints, as JSON, the
// mentions each finds in each case (UTF-16 offsets) and each one's
// throughput on all case texts joined into one document.
//
// Usage: node peers.mjs cases.json > peers.out.json
import { readFileSync } from 'node:fs'
import nlp from 'compromise'
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

const wink = winkNLP(model)
const its = wink.its

function compromiseMentions(text) {
  const doc = nlp(text)
  const out = []
  for (const view of [doc.people(), doc.organizations(), doc.places()]) {
    for (const m of view.json({ offset: true })) {
      out.push({ start: m.offset.start, end: m.offset.start + m.offset.length })
    }
  }
  return out
}

function winkMentions(text) {
  const doc = wink.readDoc(text)
  const values = doc.tokens().out()
  const pos = doc.tokens().out(its.pos)
  const out = []
  let cursor = 0
  let run = null
  for (let i = 0; i < values.length; i++) {
    const at = text.indexOf(values[i], cursor)
    const start = at < 0 ? cursor : at
    const end = start + values[i].length
    cursor = end
    if (pos[i] === 'PROPN') {
      if (run) run.end = end
      else run = { start, end }
    } else if (run) {
      out.push(run)
      run = null
    }
  }
  if (run) out.push(run)
  return out
}

function throughput(fn, all) {
  fn(all) // warm up
  let runs = 0
  const t0 = process.hrtime.bigint()
  let elapsed = 0
  while (elapsed < 3 || runs < 3) {
    fn(all)
    runs++
    elapsed = Number(process.hrtime.bigint() - t0) / 1e9
  }
  return { runs, seconds: elapsed }
}

const cases = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const all = cases.map((c) => c.text).join('\n\n')
const bytes = Buffer.byteLength(all, 'utf8')
const result = { bytes, peers: {} }
for (const [name, fn, version] of [
  ['compromise', compromiseMentions, nlp.version],
  ['wink-nlp', winkMentions, '2.4.0 + wink-eng-lite-web-model 1.8.1'],
]) {
  const items = {}
  for (const c of cases) items[c.id] = fn(c.text)
  result.peers[name] = { version, items, ...throughput(fn, all) }
}
process.stdout.write(JSON.stringify(result))
