// The Node flags a web instance runs with, in one place: `npm start` (package.json), the demo, the
// tests and the benchmarks all start the server through scripts/start.mjs with these.
// --max-old-space-size: V8 otherwise lets garbage pile up to well over 200 MB of heap under load
// (RSS 407–434 MB after the page benchmark) before it collects; with a 256 MB old space it collects
// sooner at no cost in throughput (RSS ≈ 275 MB; the live heap is ≈ 70 MB). NODE_OPTIONS can raise it.
export const WEB_NODE_FLAGS = ['--max-old-space-size=256'];
