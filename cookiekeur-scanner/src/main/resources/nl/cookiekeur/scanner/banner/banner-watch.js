// Cookiekeur banner watcher: installed at document start in the main frame, it records consent-banner
// candidates appearing and disappearing over the whole visit (MutationObserver; the candidate search is
// throttled), what happened just before a disappearance (a click or key of the visitor, a scroll, leaving the
// document, or nothing: a timer), whether the page behaved as locked while the candidate showed (overlay
// hit-testing, inert, scroll lock, pointer-events) and which cookie names and storage keys were new when it
// went away. Every event is pushed at once to the scanner through a binding whose name is chosen per run
// (__CK_BINDING__), so a screenshot can be taken while the banner shows. Nothing is sent while the document unloads
// (a binding call in flight while a tab closes fails on the scanner's side): the scanner itself records a
// candidate still showing when it leaves the page as removed by the navigation. Records only; it never changes the page.
(() => {
  'use strict';
  if (window.top !== window) return;
  const BINDING = '__CK_BINDING__';
  const nativeNow = performance.now.bind(performance);
  const getStyle = window.getComputedStyle.bind(window);
  const fromPoint = document.elementFromPoint.bind(document);
  const cookieGetter = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie').get;
  const nativeInterval = window.setInterval;
  const storageKey = Storage.prototype.key;
  const storageLength = Object.getOwnPropertyDescriptor(Storage.prototype, 'length').get;
  const INPUT_WINDOW_MS = 1500;
  const SCAN_EVERY_MS = 300;
  // An appearance is reported once the candidate has shown this long (its wall signals settle in a CSS
  // transition), or at once when it goes away sooner; its time is the moment it was first seen.
  const REPORT_AFTER_MS = 600;
  const RECHECK_MS = 2000;
  const MAX_ELEMENTS = 1500;
  const MAX_CANDIDATES = 8;
  const BANNER_WORDS = /cookie|toestemming|consent|privacy|tracking|gegevens|akkoord|gdpr|avg\b/i;
  const CONTROL = 'button, a[href], [role=button], input[type=button], input[type=submit]';
  const MARKED = '[role=dialog], [role=alertdialog], [aria-modal=true], dialog[open], [id*=cookie i], [class*=cookie i],'
    + ' [id*=consent i], [class*=consent i], [id*=gdpr i], [id*=cmp i], [id*=privacy i], [class*=privacy i]';

  let lastClick = -1e9;
  let lastScroll = -1e9;
  let dirty = true;
  let lastScan = -1e9;
  let lastMutation = -1e9;
  const live = new Map(); // element -> { id, since, walls: Set, cookies: Set, keys: Set }
  let nextId = 1;

  function send(event) {
    try {
      const fn = window[BINDING];
      if (typeof fn === 'function') fn(JSON.stringify(event));
    } catch (e) { /* the scanner is gone or the page broke the binding: nothing to record */ }
  }

  function cookieNames() {
    const names = new Set();
    try {
      for (const part of String(Reflect.apply(cookieGetter, document, [])).split(';')) {
        const name = part.split('=')[0].trim();
        if (name) names.add(name);
      }
    } catch (e) { /* opaque origin */ }
    return names;
  }

  function storageKeys() {
    const keys = new Set();
    try {
      const n = Math.min(300, Reflect.apply(storageLength, localStorage, []));
      for (let i = 0; i < n; i++) keys.add(Reflect.apply(storageKey, localStorage, [i]));
    } catch (e) { /* storage blocked */ }
    return keys;
  }

  function visible(el) {
    if (!el.isConnected) return false;
    const r = el.getBoundingClientRect();
    if (r.width < 20 || r.height < 20) return false;
    const s = getStyle(el);
    return s.display !== 'none' && s.visibility !== 'hidden' && Number(s.opacity) > 0.05;
  }

  function positioned(el) {
    const s = getStyle(el);
    if (s.position === 'fixed' || s.position === 'sticky') return true;
    if (el.tagName === 'DIALOG' && el.open) return true;
    const role = el.getAttribute('role');
    if (role === 'dialog' || role === 'alertdialog' || el.getAttribute('aria-modal') === 'true') return true;
    return s.position === 'absolute' && Number(s.zIndex) >= 100;
  }

  function isCandidate(el) {
    if (!visible(el) || !positioned(el)) return false;
    const text = (el.textContent || '').slice(0, 3000);
    if (!BANNER_WORDS.test(text)) return false;
    return el.querySelector(CONTROL) !== null || (el.shadowRoot && el.shadowRoot.querySelector(CONTROL) !== null);
  }

  function elements() {
    const out = [];
    const body = document.body;
    if (!body) return out;
    const queue = [[body, 0]];
    while (queue.length && out.length < MAX_ELEMENTS) {
      const [node, depth] = queue.shift();
      const children = node.shadowRoot ? [...node.shadowRoot.children, ...node.children] : [...node.children];
      for (const child of children) {
        out.push(child);
        if (depth < 4) queue.push([child, depth + 1]);
      }
    }
    try {
      for (const el of document.querySelectorAll(MARKED)) {
        if (out.length >= MAX_ELEMENTS * 2) break;
        out.push(el);
      }
    } catch (e) { /* old engine without the i flag */ }
    return out;
  }

  function contains(outer, inner) {
    for (let n = inner; n; n = n.parentNode || n.host) {
      if (n === outer) return true;
    }
    return false;
  }

  function describe(el) {
    let d = el.tagName.toLowerCase();
    if (el.id) d += '#' + el.id;
    else if (typeof el.className === 'string' && el.className.trim()) d += '.' + el.className.trim().split(/\s+/).slice(0, 2).join('.');
    return d.slice(0, 120);
  }

  function text(el) {
    const t = (el.innerText || el.textContent || '') + (el.shadowRoot ? ' ' + (el.shadowRoot.textContent || '') : '');
    return t.replace(/\s+/g, ' ').trim().slice(0, 500);
  }

  function overlayAt(hit, banner) {
    if (!hit) return false;
    if (contains(banner, hit)) return true;
    if (hit === document.documentElement || hit === document.body) return false;
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const s = getStyle(hit);
    if (s.position === 'fixed') {
      const r = hit.getBoundingClientRect();
      if (r.width * r.height >= 0.8 * vw * vh) return true;
    }
    for (const pseudo of ['::before', '::after']) {
      const p = getStyle(hit, pseudo);
      if (p.content !== 'none' && p.position === 'fixed' && p.visibility !== 'hidden') return true;
    }
    return false;
  }

  function wallSignals(banner) {
    const signals = [];
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    let covered = 0;
    for (const fx of [0.2, 0.5, 0.8]) {
      for (const fy of [0.2, 0.5, 0.8]) {
        if (overlayAt(fromPoint(vw * fx, vh * fy), banner)) covered++;
      }
    }
    if (covered >= 7) signals.push('overlay');
    if (covered === 9) signals.push('overlay-full');
    const html = document.documentElement;
    const body = document.body;
    const hidden = (el) => { const s = el && getStyle(el); return !!s && (s.overflowY === 'hidden' || s.overflowY === 'clip'); };
    if (hidden(html) || hidden(body)) signals.push('scroll-lock');
    const content = [...(body ? body.children : [])].filter((c) => !contains(c, banner) && c.tagName !== 'SCRIPT');
    const main = document.querySelector('main') || content[0];
    if ((main && main.inert) || (body && body.inert) || content.some((c) => c.inert)) signals.push('inert');
    const ignores = (el) => !!el && !contains(el, banner) && getStyle(el).pointerEvents === 'none';
    if (ignores(main) || (body && getStyle(body).pointerEvents === 'none' && getStyle(banner).pointerEvents !== 'none'
        && (!main || getStyle(main).pointerEvents === 'none'))) {
      signals.push('pointer-events');
    }
    return signals;
  }

  function removal(now) {
    if (now - lastClick <= INPUT_WINDOW_MS) return 'CLICK';
    if (now - lastScroll <= INPUT_WINDOW_MS) return 'SCROLL';
    return 'TIMER';
  }

  function report(entry) {
    entry.reported = true;
    send({ kind: 'APPEARED', id: entry.id, at: Math.round(entry.since), url: location.href,
      candidate: entry.candidate, text: entry.text, walls: [...entry.walls] });
  }

  function gone(el, entry) {
    live.delete(el);
    if (!entry.reported) report(entry);
    const now = nativeNow();
    const cookies = [...cookieNames()].filter((n) => !entry.cookies.has(n));
    const keys = [...storageKeys()].filter((k) => !entry.keys.has(k));
    const walls = [...entry.walls];
    const html = document.documentElement;
    if (entry.walls.has('scroll-lock') && html && getStyle(html).overflowY !== 'hidden'
        && (!document.body || getStyle(document.body).overflowY !== 'hidden')) {
      walls.push('released');
    }
    send({ kind: 'DISAPPEARED', id: entry.id, at: Math.round(now), url: location.href, candidate: entry.candidate,
      removal: removal(now), walls, written: cookies.concat(keys).slice(0, 50) });
  }

  function checkLive() {
    for (const [el, entry] of live) {
      if (!visible(el)) gone(el, entry);
      else {
        for (const s of wallSignals(el)) entry.walls.add(s);
        if (!entry.reported && nativeNow() - entry.since >= REPORT_AFTER_MS) report(entry);
      }
    }
  }

  function scan() {
    dirty = false;
    lastScan = nativeNow();
    checkLive();
    if (live.size >= MAX_CANDIDATES) return;
    const found = elements().filter(isCandidate);
    const outer = found.filter((el) => !found.some((o) => o !== el && contains(o, el)));
    for (const el of outer) {
      if (live.has(el) || [...live.keys()].some((l) => contains(l, el) || contains(el, l))) continue;
      if (live.size >= MAX_CANDIDATES) break;
      const entry = { id: nextId++, since: nativeNow(), candidate: describe(el), walls: new Set(wallSignals(el)),
        cookies: cookieNames(), keys: storageKeys() };
      entry.text = text(el);
      entry.reported = false;
      live.set(el, entry);
    }
  }

  function onMutations() {
    lastMutation = nativeNow();
    checkLive();
    if (nativeNow() - lastScan >= SCAN_EVERY_MS) scan();
    else dirty = true;
  }

  const clickLike = (e) => { if (e.isTrusted) lastClick = nativeNow(); };
  for (const type of ['pointerdown', 'mousedown', 'click', 'keydown', 'touchstart']) {
    window.addEventListener(type, clickLike, { capture: true, passive: true });
  }
  const scrolled = () => { lastScroll = nativeNow(); };
  window.addEventListener('scroll', scrolled, { capture: true, passive: true });
  window.addEventListener('wheel', scrolled, { capture: true, passive: true });
  const observer = new MutationObserver(onMutations);
  observer.observe(document, {
    subtree: true, childList: true, attributes: true,
    attributeFilter: ['style', 'class', 'hidden', 'open', 'inert', 'aria-hidden', 'aria-modal'],
  });
  // A plain interval (the quiet probe waits only for setTimeout): runs a throttled scan, keeps searching for
  // RECHECK_MS after the last change (a banner fading in through a CSS transition is invisible when its
  // mutation arrives), and otherwise only re-checks the candidates showing (cheap).
  nativeInterval(() => {
    if (dirty || nativeNow() - lastMutation < RECHECK_MS) scan();
    else if (live.size) checkLive();
  }, SCAN_EVERY_MS);
})();
