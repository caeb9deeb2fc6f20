// Splits each text of a JSON array into sentences and terms with
// compromise, timing the work, and prints the counts and the time as JSON.
import { readFileSync } from "node:fs";
import nlp from "compromise";

const texts = JSON.parse(readFileSync(process.argv[2], "utf8"));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, "utf8"), 0);
let sentences = 0, terms = 0, runs = 0;
const start = process.hrtime.bigint();
do {
  for (const t of texts) {
    const doc = nlp(t);
    const s = doc.sentences().length;
    const w = doc.terms().length;
    if (runs === 0) { sentences += s; terms += w; }
  }
  runs++;
} while (Number(process.hrtime.bigint() - start) / 1e9 < 3);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const version = JSON.parse(readFileSync(new URL("./node_modules/compromise/package.json", import.meta.url))).version;
console.log(JSON.stringify({ version, bytes, runs, seconds, sentences, terms }));
