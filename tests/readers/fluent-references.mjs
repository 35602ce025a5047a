// Mozilla's Fluent parser (@fluent/bundle's, the one Firefox uses) listing what each entry of a
// .ftl file refers to, for tests/python/test_timetable_catalogue.py: one line per message or
// term, `id<TAB>reference<TAB>…`, a term's id and references with their `-`, every variant and
// attribute walked.
import { FluentResource } from "@fluent/bundle";
import { readFileSync } from "node:fs";

const resource = new FluentResource(readFileSync(process.argv[2], "utf8"));

function walk(pattern, out) {
  if (pattern === null || pattern === undefined || typeof pattern === "string") return;
  for (const el of Array.isArray(pattern) ? pattern : [pattern]) {
    if (typeof el === "string") continue;
    switch (el.type) {
      case "mesg":
        out.add(el.name);
        break;
      case "term":
        out.add("-" + el.name);
        for (const a of el.args || []) walk(a, out);
        break;
      case "func":
        for (const a of el.args || []) walk(a, out);
        break;
      case "narg":
        walk(el.value, out);
        break;
      case "select":
        walk(el.selector, out);
        for (const v of el.variants) walk(v.value, out);
        break;
      default:
        break;
    }
  }
}

const lines = [];
for (const entry of resource.body) {
  const refs = new Set();
  walk(entry.value, refs);
  for (const a of Object.values(entry.attributes || {})) walk(a, refs);
  lines.push([entry.id, ...[...refs].sort()].join("\t"));
}
process.stdout.write(lines.join("\n") + (lines.length ? "\n" : ""));
