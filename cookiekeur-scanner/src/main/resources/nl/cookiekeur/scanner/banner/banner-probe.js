// Cookiekeur banner probe. Installed once per frame by BannerProbe (Java); written by the Cookiekeur authors
// (Apache-2.0). It interprets the detection part of the autoconsent and Consent-O-Matic rules (compiled by
// BannerRules), runs a generic detector for unknown banners, and describes what a visitor sees. Every walk
// is bounded; nothing here trusts the page. Results are returned as JSON strings.
([KEY, cfgText]) => {
  if (window[KEY]) {
    return 'present';
  }
  const cfg = JSON.parse(cfgText);
  const MAX_NODES = 8000;
  const MAX_CONTROLS = 60;
  const MAX_TOGGLES = 60;
  const MAX_TEXT = 2000;
  const ID = 'data-ck-id';
  const cookieRe = new RegExp(cfg.cookieWords, 'i');
  const reopenTextRe = new RegExp(cfg.reopenWords, 'i');
  const policyRe = new RegExp(cfg.policyWords, 'i');
  const liRe = new RegExp(cfg.legitimateInterestWords, 'i');
  const buttonRe = new RegExp(cfg.buttonWords, 'i');
  const dataNoticeRe = new RegExp(cfg.dataNoticeWords || '$^', 'i');
  const consentAcceptRe = new RegExp(cfg.consentAcceptWords || '$^', 'i');
  const consentRefuseRe = new RegExp(cfg.consentRefuseWords || '$^', 'i');
  const rules = cfg.rules || [];
  const reopenSelectors = cfg.reopenSelectors || [];
  let seq = 0;
  let lastMutation = Date.now();
  try {
    new MutationObserver(() => {
      lastMutation = Date.now();
    }).observe(document.documentElement || document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['style', 'class', 'hidden', 'open', 'aria-hidden'],
    });
  } catch (e) {
    // a page without a document element: nothing to observe
  }

  // The last "no banner" answer of detect, with when it was given and how many resources had finished then.
  let lastMiss = null;
  const STILL_MS = 2000;
  const RECHECK_MS = 1500;
  const resourceCount = () => {
    try {
      return performance.getEntriesByType('resource').length;
    } catch (e) {
      return -1;
    }
  };

  const clean = (s, max) => String(s == null ? '' : s).replace(/\s+/g, ' ').trim().slice(0, max);

  const mark = (el) => {
    let id = el.getAttribute(ID);
    if (!id) {
      id = 'ck' + (++seq) + '-' + Math.floor(Math.random() * 1e6);
      el.setAttribute(ID, id);
    }
    return id;
  };

  /** Every element under root, piercing open shadow roots, bounded. */
  const deepElements = (root, max) => {
    const out = [];
    const stack = [root];
    let budget = max || MAX_NODES;
    while (stack.length && budget > 0) {
      const node = stack.pop();
      if (node.nodeType === 1) {
        out.push(node);
        budget--;
        if (node.shadowRoot) {
          stack.push(node.shadowRoot);
        }
      }
      const kids = node.children || [];
      for (let i = kids.length - 1; i >= 0; i--) {
        stack.push(kids[i]);
      }
    }
    return out;
  };

  const shadowRoots = () => {
    const roots = [];
    for (const el of deepElements(document, MAX_NODES)) {
      if (el.shadowRoot) roots.push(el.shadowRoot);
    }
    return roots;
  };

  /** The parent across shadow boundaries. */
  const up = (el) => el.parentElement || (el.parentNode && el.parentNode.host) || null;

  const contains = (outer, inner) => {
    for (let n = inner, i = 0; n && i < 200; n = up(n), i++) {
      if (n === outer) return true;
    }
    return false;
  };

  const visible = (el) => {
    if (!el || !el.isConnected || !el.getBoundingClientRect) return false;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return false;
    if (el.checkVisibility && !el.checkVisibility({opacityProperty: true, visibilityProperty: true})) {
      return false;
    }
    const s = getComputedStyle(el);
    if (s.visibility === 'hidden' || s.display === 'none' || parseFloat(s.opacity) < 0.05) return false;
    const vw = window.innerWidth;
    if (r.right <= 0 || r.left >= vw) return false;
    if (s.position === 'fixed' && (r.bottom <= 0 || r.top >= window.innerHeight)) return false;
    return true;
  };

  /** Visible text, including open shadow roots inside, bounded. */
  const textOf = (el, max) => {
    let t = el.innerText || el.textContent || '';
    if (t.length < max) {
      for (const inner of deepElements(el, 3000)) {
        if (inner !== el && inner.shadowRoot) {
          for (const kid of inner.shadowRoot.children) {
            t += ' ' + (kid.innerText || '');
            if (t.length > max) break;
          }
        }
      }
    }
    return clean(t, max);
  };

  // ---- rule interpretation (autoconsent and Consent-O-Matic subsets) ----

  const xpath = (expr, base) => {
    const out = [];
    try {
      const res = document.evaluate(expr, base || document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
      for (let i = 0; i < res.snapshotLength && i < 50; i++) {
        const n = res.snapshotItem(i);
        if (n && n.nodeType === 1) out.push(n);
      }
    } catch (e) {
      // an invalid expression matches nothing
    }
    return out;
  };

  const qsa = (sel, base) => {
    try {
      return Array.from((base || document).querySelectorAll(sel)).slice(0, 50);
    } catch (e) {
      return [];
    }
  };

  /** autoconsent selector: CSS, "xpath/…", or an array that descends into shadow roots and iframes. */
  const acFind = (sel) => {
    if (typeof sel === 'string') {
      return sel.startsWith('xpath/') ? xpath(sel.slice(6)) : qsa(sel);
    }
    if (!Array.isArray(sel)) return [];
    let nodes = [document];
    for (const part of sel) {
      const next = [];
      for (const n of nodes) {
        let base = n;
        if (n.shadowRoot) base = n.shadowRoot;
        else if (n.tagName === 'IFRAME') {
          try {
            base = n.contentDocument || n;
          } catch (e) {
            base = n;
          }
        }
        const found = typeof part === 'string' && part.startsWith('xpath/') ? xpath(part.slice(6), base) : qsa(part, base);
        next.push(...found);
      }
      nodes = next;
      if (!nodes.length) break;
    }
    return nodes.filter((n) => n.nodeType === 1);
  };

  /** autoconsent's own notion of visible: laid out (has an offset parent) or fixed and displayed. */
  const acVisible = (el) => {
    if (!el || !el.isConnected) return false;
    const s = getComputedStyle(el);
    if (s.display === 'none' || s.visibility === 'hidden') return false;
    return el.offsetParent !== null || s.position === 'fixed';
  };

  const acStep = (step) => {
    let ok;
    let el = null;
    if (step.exists !== undefined) {
      const found = acFind(step.exists);
      ok = found.length > 0;
      el = found[0] || null;
    } else if (step.visible !== undefined) {
      const found = acFind(step.visible);
      const vis = found.filter(acVisible);
      const check = step.check || 'any';
      if (check === 'all') ok = found.length > 0 && vis.length === found.length;
      else if (check === 'none') ok = vis.length === 0;
      else ok = vis.length > 0;
      el = vis[0] || found[0] || null;
    } else {
      return {ok: false, el: null};
    }
    if (step.negated) ok = !ok;
    return {ok, el};
  };

  /** Consent-O-Matic target: selector, textFilter, displayFilter, iframeFilter, childFilter. */
  const comFind = (target, parent) => {
    if (!target || typeof target.selector !== 'string') return [];
    const bases = parent ? comFind(parent, null) : [document];
    const out = [];
    for (const base of bases) {
      for (const el of qsa(target.selector, base)) {
        if (target.textFilter) {
          const filters = Array.isArray(target.textFilter) ? target.textFilter : [target.textFilter];
          const text = el.textContent || '';
          if (!filters.some((f) => text.includes(f))) continue;
        }
        if (target.displayFilter && !visible(el)) continue;
        if (target.iframeFilter === true && window === window.top) continue;
        if (target.iframeFilter === false && window !== window.top) continue;
        if (target.childFilter) {
          const has = comFind(target.childFilter.target, null).some((c) => contains(el, c));
          if (target.childFilterNegate ? has : !has) continue;
        }
        out.push(el);
      }
    }
    return out;
  };

  const comMatch = (m) => {
    if (!m || m.type !== 'css') return {ok: false, el: null};
    const found = comFind(m.target, m.parent);
    return {ok: found.length > 0, el: found[0] || null};
  };

  const positioned = (el) => {
    const s = getComputedStyle(el);
    if (s.position === 'fixed' || s.position === 'sticky') return true;
    if (el.tagName === 'DIALOG' && el.open) return true;
    const role = el.getAttribute('role');
    if (role === 'dialog' || role === 'alertdialog' || el.getAttribute('aria-modal') === 'true') return true;
    const z = parseInt(s.zIndex, 10);
    return s.position === 'absolute' && z >= 100;
  };

  /** The banner's box: the outermost visible positioned ancestor of el within scope, else el. */
  const boxFor = (el, scope) => {
    let best = visible(el) ? el : null;
    for (let n = el, i = 0; n && i < 30; n = up(n), i++) {
      if (visible(n) && positioned(n)) best = n;
      if (n === scope) break;
    }
    if (!best && scope && visible(scope)) best = scope;
    if (!best) {
      // the anchor is a zero-size wrapper (its content is fixed): take its first visible positioned descendant
      for (const inner of deepElements(el, 3000)) {
        if (inner !== el && visible(inner) && positioned(inner)) return inner;
      }
    }
    return best;
  };

  const ruleMatch = () => {
    for (const rule of rules) {
      try {
        let scopeEl = null;
        let popupEl = null;
        let ok = true;
        if (rule.kind === 'ac') {
          for (const step of rule.detect) {
            const r = acStep(step);
            if (!r.ok) {
              ok = false;
              break;
            }
            if (!scopeEl && r.el) scopeEl = r.el;
          }
          if (!ok) continue;
          for (const step of rule.popup) {
            const r = acStep(step);
            if (!r.ok) {
              ok = false;
              break;
            }
            if (!popupEl && r.el && step.negated !== true) popupEl = r.el;
          }
        } else {
          for (const m of rule.present) {
            const r = comMatch(m);
            if (!r.ok) {
              ok = false;
              break;
            }
            if (!scopeEl) scopeEl = r.el;
          }
          if (!ok) continue;
          for (const m of rule.showing) {
            const r = comMatch(m);
            if (!r.ok) {
              ok = false;
              break;
            }
            if (!popupEl) popupEl = r.el;
          }
        }
        if (!ok) continue;
        const anchor = popupEl || scopeEl;
        if (!anchor) continue;
        const box = boxFor(anchor, scopeEl);
        if (!box || !visible(box)) continue;
        if (!clickables(box).some(visible)) continue;
        return {rule, box, scope: scopeEl && contains(scopeEl, box) ? scopeEl : box};
      } catch (e) {
        // a broken rule is skipped
      }
    }
    return null;
  };

  // ---- generic detector ----

  const CLICKABLE =
    'button, a[href], a[role], [role=button], [role=link], [role=menuitem], [role=tab], ' +
    'input[type=button], input[type=submit], input[type=reset], [onclick]';

  const clickables = (root) => {
    const out = [];
    for (const el of deepElements(root, 4000)) {
      if (el.matches && el.matches(CLICKABLE)) out.push(el);
      if (out.length > 200) break;
    }
    return out.filter((el) => !out.some((o) => o !== el && contains(o, el)));
  };

  const genericCandidates = () => {
    const found = [];
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    for (const el of deepElements(document, MAX_NODES)) {
      if (found.length > 20) break;
      if (el === document.body || el === document.documentElement) continue;
      const tag = el.tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'HEAD' || tag === 'svg') continue;
      const idClass = ((el.id || '') + ' ' + (typeof el.className === 'string' ? el.className : '')).toLowerCase();
      const hinted = /cookie|consent|gdpr|cmp|privacy|toestemming/.test(idClass);
      if (!positioned(el) && !hinted) continue;
      if (!visible(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width * r.height < 2000) continue;
      const text = textOf(el, 6000);
      if (text.length < 20) continue;
      const aboutCookies = cookieRe.test(text);
      if (!aboutCookies && !dataNoticeRe.test(text)) continue;
      const buttons = clickables(el).filter(visible);
      if (!buttons.some((b) => buttonRe.test(labelOf(b)))) continue;
      // a notice about personal data without the word "cookie" is a consent banner only with a choice to make
      if (!aboutCookies
          && !(buttons.some((b) => consentAcceptRe.test(labelOf(b)))
              && buttons.some((b) => consentRefuseRe.test(labelOf(b))))) continue;
      let score = 0;
      if (positioned(el)) score += 4;
      if (hinted) score += 2;
      if (buttons.length <= 15) score += 2;
      if (text.length > 5000) score -= 6;
      if (r.width * r.height > vw * vh * 0.95 && text.length > 3000) score -= 3;
      found.push({el, score, area: r.width * r.height});
    }
    // keep the outermost of nested candidates
    const outer = found.filter((c) => !found.some((o) => o !== c && o.score >= c.score && contains(o.el, c.el)));
    outer.sort((a, b) => b.score - a.score || b.area - a.area);
    return outer.map((c) => c.el);
  };

  // ---- description ----

  const rgba = (s) => {
    const m = /rgba?\(([^)]+)\)/.exec(s || '');
    if (!m) return null;
    const p = m[1].split(/[ ,/]+/).filter((x) => x.length).map(parseFloat);
    return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
  };

  const over = (top, bottom) => {
    const a = top.a + bottom.a * (1 - top.a);
    if (a <= 0) return {r: 255, g: 255, b: 255, a: 0};
    const mix = (t, b) => (t * top.a + b * bottom.a * (1 - top.a)) / a;
    return {r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a};
  };

  /** The colour behind el: its own and its ancestors' backgrounds composited over white. */
  const effectiveBackground = (el) => {
    const layers = [];
    for (let n = el, i = 0; n && i < 60; n = up(n), i++) {
      const c = rgba(getComputedStyle(n).backgroundColor);
      if (c && c.a > 0) {
        layers.push(c);
        if (c.a >= 1) break;
      }
    }
    let color = {r: 255, g: 255, b: 255, a: 1};
    for (let i = layers.length - 1; i >= 0; i--) color = over(layers[i], color);
    return color;
  };

  const css = (c) => 'rgb(' + Math.round(c.r) + ', ' + Math.round(c.g) + ', ' + Math.round(c.b) + ')';

  const inlineLink = (el) => {
    if (el.tagName !== 'A') return false;
    const s = getComputedStyle(el);
    if (!s.display.startsWith('inline') || s.display === 'inline-block' || s.display === 'inline-flex') return false;
    const parent = up(el);
    if (!parent) return false;
    const own = (el.innerText || '').length;
    return (parent.innerText || '').length > own + 20;
  };

  const labelOf = (el) => {
    return clean(
      el.innerText || el.value || el.getAttribute('aria-label') || el.getAttribute('title') ||
        (el.querySelector && el.querySelector('img[alt]') ? el.querySelector('img[alt]').alt : ''),
      200,
    );
  };

  const describeControl = (el, box) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    const bg = effectiveBackground(el);
    const fg = over(rgba(s.color) || {r: 0, g: 0, b: 0, a: 1}, bg);
    const br = box ? box.getBoundingClientRect() : null;
    const inside = !!box && (contains(box, el) ||
      (r.left >= br.left - 1 && r.right <= br.right + 1 && r.top >= br.top - 1 && r.bottom <= br.bottom + 1));
    return {
      id: mark(el),
      text: labelOf(el),
      tag: el.tagName.toLowerCase(),
      ariaRole: clean(el.getAttribute('role'), 40),
      width: r.width,
      height: r.height,
      color: css(fg),
      background: css(bg),
      fontSize: parseFloat(s.fontSize) || 0,
      fontWeight: parseInt(s.fontWeight, 10) || 400,
      inlineLink: inlineLink(el),
      insideBanner: inside,
      expander: el.hasAttribute('aria-expanded') || el.tagName === 'SUMMARY',
      attrs: clean((el.id || '') + ' ' + (typeof el.className === 'string' ? el.className : '') + ' ' +
        (el.getAttribute('data-role') || '') + ' ' + (el.getAttribute('aria-label') || ''), 300),
    };
  };

  const hintFor = (el, hints) => {
    for (const h of hints || []) {
      const sel = h.sel;
      try {
        if (typeof sel === 'string' && !sel.startsWith('xpath/') && el.matches(sel)) return h.role;
        if (h.target && comFind(h.target, h.parent).includes(el)) return h.role;
        if (Array.isArray(sel) && acFind(sel).includes(el)) return h.role;
      } catch (e) {
        // an unsupported selector gives no hint
      }
    }
    return '';
  };

  const toggleLabel = (el) => {
    let t = el.getAttribute('aria-label') || '';
    if (!t && el.labels && el.labels.length) t = el.labels[0].innerText;
    if (!t && el.closest && el.closest('label')) t = el.closest('label').innerText;
    for (let n = up(el), i = 0; !t.trim() && n && i < 4; n = up(n), i++) t = n.innerText || '';
    return clean(String(t).split('\n')[0], 200);
  };

  const toggles = (root) => {
    const out = [];
    for (const el of deepElements(root, 6000)) {
      if (out.length >= MAX_TOGGLES) break;
      const isBox = el.tagName === 'INPUT' && el.type === 'checkbox';
      const role = el.getAttribute('role');
      if (!isBox && role !== 'switch' && role !== 'checkbox') continue;
      const shown = visible(el) || (el.labels && Array.from(el.labels).some(visible)) || visible(up(el));
      if (!shown) continue;
      // the toggle's own row: the largest ancestor (up to 3 levels) holding no other toggle
      let context = '';
      for (let n = up(el), i = 0; n && i < 3; n = up(n), i++) {
        const others = n.querySelectorAll('input[type=checkbox], [role=switch], [role=checkbox]').length;
        if (others > 1) break;
        context = n.innerText || context;
      }
      const label = toggleLabel(el);
      out.push({
        id: mark(el),
        label,
        checked: isBox ? !!el.checked : el.getAttribute('aria-checked') === 'true',
        disabled: isBox ? !!el.disabled : el.getAttribute('aria-disabled') === 'true',
        legitimateInterest: liRe.test(label) || liRe.test(clean(context, 400)),
      });
    }
    return out;
  };

  const underRoot = (el) => {
    let n = el;
    for (let i = 0; n && i < 200; i++) {
      const p = n.parentNode;
      if (!p) return 'none';
      if (p.nodeType === 11 && p.host) return 'shadow';
      n = p;
    }
    return 'document';
  };

  /** How much of the viewport the banner (or a full-page overlay) covers, sampled with elementFromPoint. */
  const coverage = (box) => {
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    let covered = 0;
    let total = 0;
    for (let i = 0; i < 5; i++) {
      for (let j = 0; j < 5; j++) {
        const x = ((i + 0.5) / 5) * vw;
        const y = ((j + 0.5) / 5) * vh;
        let hit = document.elementFromPoint(x, y);
        for (let k = 0; hit && hit.shadowRoot && k < 10; k++) {
          const inner = hit.shadowRoot.elementFromPoint(x, y);
          if (!inner || inner === hit) break;
          hit = inner;
        }
        total++;
        if (!hit) continue;
        if (box && contains(box, hit)) {
          covered++;
          continue;
        }
        for (let n = hit, d = 0; n && d < 30; n = up(n), d++) {
          if (n === document.body || n === document.documentElement) break;
          const s = getComputedStyle(n);
          const r = n.getBoundingClientRect();
          if (s.position === 'fixed' && r.width * r.height >= vw * vh * 0.8) {
            covered++;
            break;
          }
        }
      }
    }
    const hidden = (el) => {
      if (!el) return false;
      const s = getComputedStyle(el);
      return s.overflow === 'hidden' || s.overflowY === 'hidden' || s.overflow === 'clip';
    };
    return {coverage: covered / total, scrollLocked: hidden(document.documentElement) || hidden(document.body)};
  };

  let lastBox = null;
  let lastScope = null;
  let lastHints = [];

  const describe = (found, detector, cmp, hints) => {
    const box = found.box;
    const scope = found.scope;
    lastBox = box;
    lastScope = scope;
    lastHints = hints || [];
    box.setAttribute('data-ck-box', '1');
    const controls = [];
    const seen = new Set();
    for (const el of clickables(box).filter(visible)) {
      if (controls.length >= MAX_CONTROLS) break;
      const c = describeControl(el, box);
      c.hint = hintFor(el, hints);
      el.setAttribute('data-ck-l1', '1');
      seen.add(el);
      controls.push(c);
    }
    if (scope !== box) {
      for (const el of clickables(scope).filter(visible)) {
        if (controls.length >= MAX_CONTROLS || seen.has(el)) continue;
        const hint = hintFor(el, hints);
        if (!hint) continue;
        const c = describeControl(el, box);
        c.hint = hint;
        el.setAttribute('data-ck-l1', '1');
        controls.push(c);
      }
    }
    const wall = window === window.top ? coverage(box) : {coverage: 0, scrollLocked: false};
    return JSON.stringify({
      found: true,
      detector,
      cmp,
      shadow: underRoot(box) === 'shadow',
      text: textOf(box, MAX_TEXT),
      controls,
      toggles: toggles(box),
      coverage: wall.coverage,
      scrollLocked: wall.scrollLocked,
    });
  };

  const api = {
    /** How long the document has existed and been still (no DOM change, no resource finishing). */
    quiet: () => {
      let lastResource = 0;
      try {
        const entries = performance.getEntriesByType('resource');
        for (let i = Math.max(0, entries.length - 500); i < entries.length; i++) {
          lastResource = Math.max(lastResource, entries[i].responseEnd || 0);
        }
      } catch (e) {
        // no resource timing: only DOM changes count
      }
      const now = performance.now();
      return JSON.stringify({
        sinceMutation: Date.now() - lastMutation,
        sinceResource: now - lastResource,
        age: now,
        ready: document.readyState,
      });
    },

    detect: () => {
      // A frame that has not changed for a while gives the same "no banner" answer: repeat the last one instead of
      // walking the document again, but look afresh at least every RECHECK_MS (a stylesheet can show a banner
      // without a DOM change) and whenever a resource finished.
      const now = Date.now();
      const resources = resourceCount();
      if (lastMiss && now - lastMutation > STILL_MS && lastMiss.at - lastMutation > STILL_MS
          && now - lastMiss.at < RECHECK_MS && lastMiss.resources === resources) {
        return lastMiss.result;
      }
      const rm = ruleMatch();
      if (rm) {
        lastMiss = null;
        return describe(rm, rm.rule.id, rm.rule.cmp, rm.rule.hints);
      }
      const generic = genericCandidates();
      if (generic.length) {
        lastMiss = null;
        return describe({box: generic[0], scope: generic[0]}, 'generic', '', []);
      }
      const result = JSON.stringify({found: false});
      lastMiss = {at: now, resources, result};
      return result;
    },

    /** The settings layer: visible controls not on the first layer, in the scope or any new candidate. */
    layer2: () => {
      const roots = [];
      if (lastScope && lastScope.isConnected) roots.push(lastScope);
      for (const c of genericCandidates()) if (!roots.some((r) => contains(r, c))) roots.push(c);
      const controls = [];
      const toggleList = [];
      let text = '';
      for (const root of roots) {
        if (!visible(root) && !clickables(root).some(visible)) continue;
        for (const el of clickables(root).filter(visible)) {
          if (controls.length >= MAX_CONTROLS) break;
          if (el.getAttribute('data-ck-l1') === '1' && lastBox && visible(lastBox) && contains(lastBox, el)) continue;
          const c = describeControl(el, root);
          c.hint = hintFor(el, lastHints);
          controls.push(c);
        }
        toggleList.push(...toggles(root));
        if (text.length < MAX_TEXT) text += ' ' + textOf(root, MAX_TEXT);
      }
      return JSON.stringify({controls, toggles: toggleList, text: clean(text, MAX_TEXT)});
    },

    hintsFor: (ids, hints) => JSON.stringify(ids.map((id) => {
      const el = api.byId(id);
      return el ? hintFor(el, hints) : '';
    })),

    byId: (id) => {
      for (const el of deepElements(document, MAX_NODES)) {
        if (el.getAttribute && el.getAttribute(ID) === id) return el;
      }
      return null;
    },

    isVisible: (id) => {
      const el = api.byId(id);
      return !!el && visible(el);
    },

    boxVisible: () => !!lastBox && lastBox.isConnected && visible(lastBox) && clickables(lastBox).some(visible),

    toggleState: (id) => {
      const el = api.byId(id);
      if (!el) return JSON.stringify('gone');
      const on = el.tagName === 'INPUT' ? el.checked : el.getAttribute('aria-checked') === 'true';
      return JSON.stringify(on ? 'on' : 'off');
    },

    jsClick: (id) => {
      const el = api.byId(id);
      if (!el) return false;
      el.click();
      return true;
    },

    /** Persistent controls that reopen the consent choice, best first. */
    reopeners: () => {
      const out = [];
      const here = location.href.split('#')[0];
      /** A plain link to another document would navigate the scan away instead of reopening the choice. */
      const leaves = (el) => {
        if (el.tagName !== 'A' || el.hasAttribute('onclick') || el.hasAttribute('data-cc')) return false;
        const raw = (el.getAttribute('href') || '').trim();
        if (!raw || raw.startsWith('#') || raw.toLowerCase().startsWith('javascript:')) return false;
        try {
          return new URL(raw, location.href).href.split('#')[0] !== here;
        } catch (e) {
          return true;
        }
      };
      const add = (el, score) => {
        if (!visible(el) || leaves(el) || (lastBox && contains(lastBox, el) && visible(lastBox))) return;
        if (out.some((o) => o.el === el)) return;
        out.push({el, score});
      };
      for (const sel of reopenSelectors) for (const el of qsa(sel)) add(el, 10);
      for (const el of deepElements(document, MAX_NODES)) {
        if (out.length > 30) break;
        if (!el.matches || !el.matches(CLICKABLE)) continue;
        const text = clean(labelOf(el) + ' ' + (el.getAttribute('title') || ''), 200);
        const idClass = ((el.id || '') + ' ' + (typeof el.className === 'string' ? el.className : '')).toLowerCase();
        let score = 0;
        if (reopenTextRe.test(text)) score += 5;
        else if (cookieRe.test(text) && !policyRe.test(text)) score += 2;
        if (/cookie|consent|cmp|privacy/.test(idClass)) score += 1;
        if (score === 0) continue;
        if (getComputedStyle(el).position === 'fixed') score += 1;
        add(el, score);
      }
      out.sort((a, b) => b.score - a.score);
      return JSON.stringify(out.slice(0, 5).map((o) => ({id: mark(o.el), text: labelOf(o.el), score: o.score})));
    },
  };
  Object.defineProperty(window, KEY, {value: api, enumerable: false, configurable: false, writable: false});
  return 'installed';
}
