// chrono.mjs runs chrono-node on the TE3-platinum documents (gold.jsonl)
// and prints its results as JSON, one document per line, then the time it
// took to parse every document `reps` times (wall clock and CPU time). Used by main.go; see run.sh.
//
// usage: node chrono.mjs GOLD.jsonl REPS
import { readFileSync } from "node:fs";
import * as chrono from "chrono-node";

const [gold, repsArg] = process.argv.slice(2);
const reps = Number(repsArg || "20");
const docs = readFileSync(gold, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l));

function pad(n, w) {
  return String(n).padStart(w, "0");
}

// value writes a chrono component as a TIMEX3 value of the finest unit it is
// certain of.
function value(c) {
  const y = pad(c.get("year"), 4), m = pad(c.get("month"), 2), d = pad(c.get("day"), 2);
  if (c.isCertain("hour")) {
    return { type: "TIME", value: `${y}-${m}-${d}T${pad(c.get("hour"), 2)}:${pad(c.get("minute") || 0, 2)}` };
  }
  if (c.isCertain("day") || c.isCertain("weekday")) return { type: "DATE", value: `${y}-${m}-${d}` };
  if (c.isCertain("month")) return { type: "DATE", value: `${y}-${m}` };
  if (c.isCertain("year")) return { type: "DATE", value: y };
  return { type: "DATE", value: `${y}-${m}-${d}` };
}

for (const doc of docs) {
  const ref = new Date(doc.dct + "T00:00:00Z");
  const results = chrono.parse(doc.text, { instant: ref, timezone: 0 });
  const out = [];
  for (const r of results) {
    const v = value(r.start);
    out.push({ start: r.index, end: r.index + r.text.length, text: r.text, type: v.type, value: v.value });
  }
  console.log(JSON.stringify({ doc_id: doc.doc_id, results: out }));
}

let bytes = 0;
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
for (let i = 0; i < reps; i++) {
  for (const doc of docs) {
    chrono.parse(doc.text, new Date(doc.dct + "T00:00:00Z"));
    bytes += Buffer.byteLength(doc.text);
  }
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const c = process.cpuUsage(c0);
console.log(JSON.stringify({ speed: { bytes, seconds: secs, cpu_seconds: (c.user + c.system) / 1e6 } }));
