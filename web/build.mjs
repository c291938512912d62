// Builds the eventgraph page into dist/: the app bundle (esbuild), its HTML,
// and a TimelineJS check page with TimelineJS's own files copied from
// node_modules. Nothing in dist/ but .gitkeep is committed.
import { build } from "esbuild";
import { cp, mkdir, readdir, rm, copyFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "dist");
const src = join(here, "src");
const require = createRequire(import.meta.url);

// Empty dist/ but keep the committed placeholder.
await mkdir(dist, { recursive: true });
for (const name of await readdir(dist)) {
  if (name !== ".gitkeep") await rm(join(dist, name), { recursive: true, force: true });
}

const common = {
  bundle: true,
  minify: true,
  sourcemap: process.env.EG_SOURCEMAP === "1" ? "linked" : false,
  target: ["chrome100", "firefox100", "safari15"],
  legalComments: "linked",
  logLevel: "warning",
};

await build({
  ...common,
  entryPoints: { app: join(src, "main.js") },
  outdir: join(dist, "assets"),
  format: "esm",
  loader: { ".png": "dataurl", ".svg": "dataurl" },
});

await build({
  ...common,
  entryPoints: { timelinejs: join(src, "timelinejs-check.js") },
  outdir: join(dist, "assets"),
  format: "iife",
});

await copyFile(join(src, "index.html"), join(dist, "index.html"));
await copyFile(join(src, "timelinejs.html"), join(dist, "timelinejs.html"));

// TimelineJS: its prebuilt script, stylesheet and icon font, laid out as
// the script expects (css/ beside js/), so the check page needs nothing from
// outside the server.
const tl = dirname(require.resolve("@knight-lab/timelinejs/package.json"));
const tlOut = join(dist, "timelinejs");
await mkdir(join(tlOut, "css"), { recursive: true });
await cp(join(tl, "dist/js"), join(tlOut, "js"), { recursive: true });
await copyFile(join(tl, "dist/css/timeline.css"), join(tlOut, "css/timeline.css"));
await copyFile(join(tl, "dist/css/timeline.css.map"), join(tlOut, "css/timeline.css.map"));
await cp(join(tl, "dist/css/icons"), join(tlOut, "css/icons"), { recursive: true });
await copyFile(join(tl, "LICENSE"), join(tlOut, "LICENSE"));

console.log("web: built", dist);
