// The peer of ThroughputBenchmark: runs @slashgear/gdpr-cookie-scanner's scan() on each URL, one after another in
// this one Node process (its fastest use: no process start per site), and prints one JSON line per site.
// The peer launches Playwright's own Chromium and knows no host rules, so its launch is wrapped here: Debian's
// Chromium (PEER_CHROMIUM, default /usr/bin/chromium), the fixture server's --host-resolver-rules and the
// self-signed fixture certificate accepted. Nothing else of the peer is changed.
// Usage: node scan.mjs '<host rules>' https://www.site.nl/ [...]
import { chromium } from "playwright";

const [hostRules, ...urls] = process.argv.slice(2);
if (urls.length === 0) {
  console.error("usage: node scan.mjs '<host rules>' <url> [<url> ...]");
  process.exit(2);
}
const launch = chromium.launch.bind(chromium);
chromium.launch = (options = {}) => {
  const args = [...(options.args ?? []), "--ignore-certificate-errors"];
  if (hostRules) {
    args.push(`--host-resolver-rules=${hostRules}`);
  }
  return launch({ ...options, args, executablePath: process.env.PEER_CHROMIUM ?? "/usr/bin/chromium" });
};
const { scan } = await import("@slashgear/gdpr-cookie-scanner");

let failed = 0;
for (const url of urls) {
  const start = performance.now();
  try {
    const result = await scan(url, { locale: "nl-NL" });
    const names = new Set(
      [...result.cookiesBeforeInteraction, ...result.cookiesAfterAccept, ...result.cookiesAfterReject].map(
        (c) => c.name,
      ),
    );
    console.log(
      JSON.stringify({
        url,
        ms: Math.round(performance.now() - start),
        modal: Boolean(result.modal?.detected),
        cookies: [...names].sort(),
        requests: result.networkBeforeInteraction.length,
        errors: result.errors.length,
      }),
    );
  } catch (e) {
    failed++;
    console.log(JSON.stringify({ url, ms: Math.round(performance.now() - start), error: String(e?.message ?? e).split("\n")[0] }));
  }
}
process.exit(failed === 0 ? 0 : 1);
