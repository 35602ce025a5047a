// Mozilla's Fluent implementation (@fluent/bundle, the one Firefox uses) saying Meridian's
// messages, for tests/python/test_fluent_agreement.py: the same input lines as
// crates/words/examples/say.rs (language TAB id TAB name=value …), one message per output line.
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";

const root = new URL("../../locales/", import.meta.url);
const bundles = new Map();
const english = (() => {
  const b = new FluentBundle("en", { useIsolating: false });
  b.addResource(new FluentResource(readFileSync(new URL("en.ftl", root), "utf8")));
  return b;
})();

function bundle(code) {
  if (!bundles.has(code)) {
    const b = new FluentBundle(code, { useIsolating: false });
    b.addResource(new FluentResource(readFileSync(new URL(`${code}.ftl`, root), "utf8")));
    bundles.set(code, b);
  }
  return bundles.get(code);
}

// `--list`: every English message's id, then its variables, a `#` marking those a selector
// reads (numbers), tab-separated.
if (process.argv.includes("--list")) {
  const walk = (pattern, vars) => {
    if (typeof pattern === "string") return;
    for (const el of pattern) {
      if (typeof el === "string") continue;
      if (el.type === "var") vars.set(el.name, vars.get(el.name) || "");
      if (el.type === "select") {
        if (el.selector.type === "var") vars.set(el.selector.name, "#");
        for (const v of el.variants) walk(v.value, vars);
      }
    }
  };
  // A variable is a number when a selector reads it in any language's file.
  const { readdirSync } = await import("node:fs");
  const all = readdirSync(root).filter((f) => f.endsWith(".ftl")).map((f) => bundle(f.slice(0, -4)));
  const lines = [];
  for (const [id, message] of english._messages) {
    const vars = new Map();
    if (message.value) walk(message.value, vars);
    for (const b of all) {
      const m = b.getMessage(id);
      if (!m || !m.value) continue;
      const theirs = new Map();
      walk(m.value, theirs);
      for (const [k, v] of theirs) if (v === "#" && vars.has(k)) vars.set(k, "#");
    }
    lines.push([id, ...[...vars].map(([k, v]) => v + k)].join("\t"));
  }
  process.stdout.write(lines.join("\n") + "\n");
  process.exit(0);
}

const out = [];
for await (const line of createInterface({ input: process.stdin })) {
  const [code, id, ...pairs] = line.split("\t");
  const args = {};
  for (const p of pairs) {
    const i = p.indexOf("=");
    const value = p.slice(i + 1);
    args[p.slice(0, i)] = /^-?\d+$/.test(value) ? Number(value) : value;
  }
  let b = bundle(code);
  let message = b.getMessage(id);
  if (!message || !message.value) {
    b = english;
    message = b.getMessage(id);
  }
  const errors = [];
  const said = message && message.value ? b.formatPattern(message.value, args, errors) : id;
  out.push(said.replace(/\n/g, "\\n"));
}
process.stdout.write(out.join("\n") + (out.length ? "\n" : ""));
