package nl.cookiekeur.scanner.page;

import static nl.cookiekeur.scanner.page.PageInstrumentsTest.FP;
import static nl.cookiekeur.scanner.page.PageInstrumentsTest.SHOP;
import static nl.cookiekeur.scanner.page.PageInstrumentsTest.TRACKER;
import static nl.cookiekeur.scanner.page.PageInstrumentsTest.WIDGET;

/** The synthetic pages and scripts of the instrument tests; each script lives at a named URL. */
final class TestPages {

    /** A TCF v2 TC string with known fields (cmp 21, purposes 1,3,9,10, 56 vendors with consent). */
    static final String TC_STRING =
            "CLcVDxRMWfGmWAVAHCENAXCkAKDAADnAABRgA5mdfCKZuYJez-NQm0TBMYA4oCAAGQYIAAAAAAEAIAEgAA";

    private TestPages() {}

    private static String classpathText(String resource) {
        try (java.io.InputStream in = TestPages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource + " (build cookiekeur-fixtures first)");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String page(String... scripts) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"nl\"><head><title>t</title></head><body>");
        for (String script : scripts) {
            html.append(script.startsWith("<") ? script : "<script src=\"" + script + "\"></script>");
        }
        return html.append("</body></html>").toString();
    }

    /** Where the page loads the real FingerprintJS from (the fixtures module's copy of the npm package). */
    static final String FINGERPRINTJS =
            "http://cdn.jsdelivr.net/npm/@fingerprintjs/fingerprintjs@5.2.0/dist/fp.umd.min.js";

    static void register(TestSites sites) {
        sites.put(
                "cdn.jsdelivr.net",
                "/npm/@fingerprintjs/fingerprintjs@5.2.0/dist/fp.umd.min.js",
                "text/javascript; charset=utf-8",
                classpathText("/nl/cookiekeur/fixtures/npm/@fingerprintjs/fingerprintjs/dist/fp.umd.min.js"));
        sites.html(SHOP, "/fingerprintjs.html", page(FINGERPRINTJS, """
                <script>FingerprintJS.load({ monitoring: false }).then(function (fp) { return fp.get(); })
                  .then(function (result) { window.__visitor = result.visitorId; });</script>"""));

        // canvas fingerprinting the way FingerprintJS does it: text with many characters and two colours, read back
        sites.script(FP, "/canvas-fp.js", """
                (function () {
                  var c = document.createElement('canvas'); c.width = 240; c.height = 60;
                  var x = c.getContext('2d');
                  x.textBaseline = 'alphabetic'; x.fillStyle = '#f60'; x.fillRect(100, 1, 62, 20);
                  x.fillStyle = '#069'; x.font = '11pt "Times New Roman"';
                  x.fillText('Cwm fjordbank gly \\ud83d\\ude03', 2, 15);
                  x.fillStyle = 'rgba(102, 204, 0, 0.2)'; x.font = '18pt Arial'; x.fillText('Cwm fjordbank', 4, 45);
                  window.__fp = c.toDataURL();
                })();
                """);
        sites.html(SHOP, "/canvas.html", page("https://" + FP + "/nothing.js", "http://" + FP + "/canvas-fp.js"));

        // a chart drawn and never read back, and a drawing exported as JPEG: neither is fingerprinting
        sites.script(SHOP, "/chart.js", """
                (function () {
                  var c = document.createElement('canvas'); c.width = 400; c.height = 200; document.body.appendChild(c);
                  var x = c.getContext('2d');
                  var data = [3, 7, 4, 9, 5];
                  for (var i = 0; i < data.length; i++) {
                    x.save(); x.fillStyle = i % 2 ? '#336699' : '#993366'; x.fillRect(20 + i * 60, 180 - data[i] * 15, 40, data[i] * 15);
                    x.fillText('Maand ' + (i + 1) + ': ' + data[i], 20 + i * 60, 195); x.restore();
                  }
                  var e = document.createElement('canvas'); e.width = 300; e.height = 100;
                  var y = e.getContext('2d');
                  y.fillStyle = '#000'; y.fillText('Factuur 2026-0042 totaal EUR 99', 5, 20); y.fillStyle = '#c00'; y.fillText('betaald', 5, 40);
                  window.__export = e.toDataURL('image/jpeg', 0.8);
                })();
                """);
        sites.html(SHOP, "/chart.html", page("/chart.js"));

        sites.script(FP, "/webgl.js", """
                (function () {
                  var c = document.createElement('canvas');
                  var gl = c.getContext('webgl') || c.getContext('experimental-webgl');
                  if (!gl) { window.__webgl = 'none'; return; }
                  var ext = gl.getExtension('WEBGL_debug_renderer_info');
                  window.__webgl = ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) + '|' + gl.getParameter(ext.UNMASKED_VENDOR_WEBGL)
                    : gl.getParameter(gl.RENDERER);
                })();
                """);
        sites.script(FP, "/audio.js", """
                (function () {
                  var ctx = new OfflineAudioContext(1, 5000, 44100);
                  var osc = ctx.createOscillator(); osc.type = 'triangle'; osc.frequency.value = 10000;
                  var comp = ctx.createDynamicsCompressor(); comp.threshold.value = -50; comp.knee.value = 40;
                  osc.connect(comp); comp.connect(ctx.destination); osc.start(0);
                  ctx.startRendering().then(function (buffer) {
                    var data = buffer.getChannelData(0), sum = 0;
                    for (var i = 4500; i < 5000; i++) { sum += Math.abs(data[i]); }
                    window.__audio = sum;
                  });
                })();
                """);
        sites.script(FP, "/fonts-dom.js", """
                (function () {
                  var fonts = ['Arial Black','Bookman Old Style','Calibri','Cambria','Candara','Century Gothic','Comic Sans MS',
                    'Consolas','Constantia','Corbel','Franklin Gothic','Futura','Garamond','Geneva','Georgia','Helvetica Neue',
                    'Impact','Lucida Console','Lucida Sans','Monaco','Palatino','Segoe UI','Tahoma','Trebuchet MS','Verdana'];
                  var holder = document.createElement('div'); document.body.appendChild(holder); var widths = [];
                  fonts.forEach(function (f) {
                    var s = document.createElement('span'); s.style.fontSize = '72px'; s.textContent = 'mmmmmmmmmmlli';
                    s.style.fontFamily = "'" + f + "',monospace"; holder.appendChild(s); widths.push(s.offsetWidth, s.offsetHeight);
                  });
                  holder.remove(); window.__fontsDom = widths.length;
                })();
                """);
        sites.script(FP, "/fonts-canvas.js", """
                (function () {
                  var x = document.createElement('canvas').getContext('2d'); var out = [];
                  for (var i = 0; i < 24; i++) { x.font = "72px 'Probe Font " + i + "', sans-serif"; out.push(x.measureText('mmmmmmmmmmlli').width); }
                  window.__fontsCanvas = out.length;
                })();
                """);
        sites.script(FP, "/device.js", """
                (function () {
                  var n = navigator, s = screen;
                  window.__device = [n.hardwareConcurrency, n.deviceMemory, n.platform, n.languages, n.vendor, n.maxTouchPoints,
                    n.plugins.length, n.pdfViewerEnabled, n.doNotTrack, s.colorDepth, s.pixelDepth, s.width, s.height,
                    Intl.DateTimeFormat().resolvedOptions().timeZone, new Date().getTimezoneOffset()].join('|');
                })();
                """);
        // a script that reads only a few properties, measures a few fonts and draws a little: none of it counts
        sites.script(SHOP, "/layout.js", """
                (function () {
                  var w = screen.width, h = screen.height, l = navigator.languages;
                  ['Georgia', 'Verdana'].forEach(function (f) {
                    var s = document.createElement('span'); s.style.fontFamily = f; s.textContent = 'x';
                    document.body.appendChild(s); w += s.offsetWidth;
                  });
                  window.__layout = w + h + l.length;
                })();
                """);
        sites.html(
                SHOP,
                "/probes.html",
                page(
                        "http://" + FP + "/webgl.js",
                        "http://" + FP + "/audio.js",
                        "http://" + FP + "/fonts-dom.js",
                        "http://" + FP + "/fonts-canvas.js",
                        "http://" + FP + "/device.js",
                        "/layout.js",
                        "<script>setTimeout(function(){document.title='done'}, 300)</script>"));

        // a site that looks for instruments, then breaks the globals they might rely on
        sites.script(SHOP, "/hostile.js", """
                (function () {
                  var r = {};
                  r.toDataURL = HTMLCanvasElement.prototype.toDataURL.toString();
                  r.cookieSetter = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie').set.toString();
                  r.toStringItself = Function.prototype.toString.toString();
                  r.name = HTMLCanvasElement.prototype.toDataURL.name + '/' + CanvasRenderingContext2D.prototype.getImageData.length;
                  r.ownKeys = Object.keys(window).filter(function (k) { return k.indexOf('__') === 0; }).join(',');
                  var desc = Object.getOwnPropertyDescriptor(Navigator.prototype, 'hardwareConcurrency');
                  r.getter = desc.get.toString();
                  Object.keys(r).forEach(function (k) { document.documentElement.setAttribute('data-' + k.toLowerCase(), r[k]); });
                  localStorage.setItem('hostile_key', 'x');
                  Error.stackTraceLimit = 0;
                  Error.prepareStackTrace = function () { return 'hidden'; };
                  JSON.stringify = function () { return '"broken"'; };
                  Array.prototype.join = function () { throw new Error('join broken'); };
                  Array.prototype.concat = function () { return []; };
                  Object.keys = function () { return []; };
                  Promise.all = function () { return new Promise(function () {}); };
                  WeakMap.prototype.get = function () { return undefined; };
                  Storage.prototype.getItem = function () { return 'lie'; };
                  IDBFactory.prototype.databases = function () { return Promise.resolve([]); };
                })();
                """);
        sites.html(
                SHOP,
                "/hostile.html",
                page("/hostile.js", "http://" + FP + "/canvas-fp.js", "http://" + FP + "/device.js"));

        sites.html(
                SHOP,
                "/frozen.html",
                page("/store.js", "<script>setTimeout(function () { for (;;) {} }, 300);</script>"));
        sites.script(SHOP, "/prefs.js", "document.cookie = 'shop_pref=compact; path=/; max-age=3600';");
        sites.script(TRACKER, "/t.js", """
                document.cookie = '_trk=abc123; path=/; max-age=31536000';
                document.cookie = 'shop_pref=; path=/; max-age=0';
                document.cookie = '_trk2y=1; path=/; expires=' + new Date(Date.now() + 730 * 864e5).toUTCString();
                if (window.cookieStore) { cookieStore.set('cs_cookie', 'v1'); } else { document.cookie = 'cs_cookie=v1'; }
                """);
        sites.html(
                SHOP,
                "/cookies.html",
                page(
                        "/prefs.js",
                        "http://" + TRACKER + "/t.js",
                        "<script>document.cookie = 'inline_c=1; path=/';</script>"));

        sites.script(SHOP, "/store.js", """
                localStorage.setItem('main_key', JSON.stringify({visits: 3}));
                sessionStorage.setItem('sess_key', 'abc');
                localStorage.direct_key = 'set without setItem';
                """);
        sites.script(WIDGET, "/widget.js", """
                localStorage.setItem('widget_key', 'w' + Date.now());
                var r = indexedDB.open('widget-db', 1);
                r.onupgradeneeded = function () { r.result.createObjectStore('s'); };
                """);
        sites.html(WIDGET, "/frame.html", page("/widget.js"));
        sites.html(
                SHOP,
                "/storage.html",
                page(
                        "/store.js",
                        "<iframe src=\"http://" + WIDGET + "/frame.html\" width=\"300\" height=\"100\"></iframe>"));

        sites.script(SHOP, "/tcf-stub.js", """
                window.__tcfapi = function (command, version, callback) {
                  if (command === 'getTCData') {
                    setTimeout(function () {
                      callback({ tcString: '%s', cmpId: 21, gdprApplies: true, eventStatus: 'tcloaded',
                        cmpStatus: 'loaded' }, true);
                    }, 50);
                  } else if (command === 'ping') { callback({ cmpLoaded: true }, true); }
                };
                """.formatted(TC_STRING));
        sites.html(SHOP, "/tcf.html", page("/tcf-stub.js"));

        sites.script(SHOP, "/consent.js", """
                window.dataLayer = window.dataLayer || [];
                function gtag() { dataLayer.push(arguments); }
                gtag('consent', 'default', { ad_storage: 'denied', analytics_storage: 'denied', wait_for_update: 500 });
                gtag('js', new Date());
                document.cookie = 'cc_cookie=' + encodeURIComponent('{"categories":["necessary","analytics"]}') + '; path=/';
                setTimeout(function () { gtag('consent', 'update', { analytics_storage: 'granted' }); }, 100);
                """);
        sites.script(SHOP, "/gtm-like.js", """
                // a tag manager replaces the data layer's push with its own, as GTM does
                (function () { var layer = window.dataLayer; var original = layer.push;
                  layer.push = function () { window.__pushed = (window.__pushed || 0) + 1; return original.apply(layer, arguments); };
                  layer.push({ event: 'gtm.js' });
                })();
                """);
        sites.html(SHOP, "/gcm.html", page("/consent.js", "/gtm-like.js"));
    }
}
