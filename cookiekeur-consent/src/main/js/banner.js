/**
 * The Cookiekeur consent banner (ES2019, no framework). Embedded by a site as
 *   <script src="https://LEDGER/v1/banner.js" data-site="SITE" defer nonce="..."></script>
 * It asks consent per purpose, releases scripts and iframes tagged with data-category only after
 * consent, records every choice at the ledger it was loaded from, and keeps the choice in the
 * first-party cookie ck_consent. See docs/consent.md.
 */
var doc = document;
var win = window;
/** @type {?HTMLScriptElement} */
var me = /** @type {?HTMLScriptElement} */ (doc.currentScript);
var COOKIE = 'ck_consent';
/** Consent Mode v2 signals per purpose; security_storage is necessary and always granted. */
var GCM = {
  'preferences': ['functionality_storage', 'personalization_storage'],
  'analytics': ['analytics_storage'],
  'marketing': ['ad_storage', 'ad_user_data', 'ad_personalization']
};
/** Purposes that a respected Global Privacy Control signal refuses. */
var GPC_REFUSES = ['analytics', 'marketing'];

var site = me && me.getAttribute('data-site');
var origin = me ? new URL(me.src).origin : '';
var nonce = me ? me.nonce || me.getAttribute('nonce') || '' : '';
var gpc = navigator['globalPrivacyControl'] === true;

/** Effective choices: purpose id to true when its scripts may run. */
var granted = {};
/** Purposes whose scripts ran on this page (a withdrawal of one of them reloads the page). */
var ran = {};
var config = null;
var texts = CK_TEXTS['nl'];
var lang = 'nl';
/** The stored choice: {consentId, version, choices, at}. */
var state = null;
var gpcRespected = false;
var banner = null;
var modal = null;
var fab = null;
var returnFocus = null;

// Google Consent Mode v2 (basic): everything denied before anything else can run.
win['dataLayer'] = win['dataLayer'] || [];
var gtag = win['gtag'] || function() {
  win['dataLayer'].push(arguments);
};
win['gtag'] = gtag;
consentMode('default', {});

if (me && site && !win['__cookiekeur']) {
  win['__cookiekeur'] = 1;
  state = readState();
  var css = new Promise(function(done) {
    var link = el('link', {'rel': 'stylesheet', 'href': origin + '/v1/banner.css'});
    if (nonce) link.nonce = nonce;
    link.onload = link.onerror = done;
    doc.head.appendChild(link);
  });
  Promise
      .all([
        fetch(origin + '/v1/sites/' + encodeURIComponent(site) + '/config').then(function(r) {
          return r.ok ? r.json() : Promise.reject(r.status);
        }),
        css, new Promise(function(done) {
          doc.body ? done() : doc.addEventListener('DOMContentLoaded', done);
        })
      ])
      .then(function(r) {
        start(r[0]);
      })
      .catch(function() {
        // Ledger unreachable or configuration unusable: apply a choice already made, ask nothing.
        if (state && !config) apply(state.choices);
      });
  doc.addEventListener('click', function(e) {
    var t = e.target;
    if (config && t.closest && t.closest('[data-ck-open]')) {
      e.preventDefault();
      openSettings(t);
    }
  });
}

function consentMode(kind, choices) {
  var o = {'security_storage': 'granted'};
  Object.keys(GCM).forEach(function(p) {
    GCM[p].forEach(function(signal) {
      o[signal] = choices[p] ? 'granted' : 'denied';
    });
  });
  if (kind == 'default') o['wait_for_update'] = 500;
  gtag('consent', kind, o);
}

function start(cfg) {
  config = cfg;
  var langs = cfg['languages'] || ['nl'];
  lang = [doc.documentElement.lang, navigator.language]
             .map(function(l) {
               return (l || '').slice(0, 2).toLowerCase();
             })
             .filter(function(l) {
               return langs.indexOf(l) >= 0;
             })[0] ||
      cfg['defaultLanguage'] || langs[0];
  texts = Object.assign(
      {}, CK_TEXTS['nl'], CK_TEXTS[lang], (cfg['texts'] || {})[lang]);
  gpcRespected = gpc && cfg['gpc'] == 'respect';
  if (state && state.version == cfg['version']) {
    apply(state.choices);
    showFab();
  } else if (gpcRespected && optional().every(function(p) {
               return blockedByGpc(p['id']);
             })) {
    // Nothing left to ask: the browser's signal is the answer.
    decide('reject-all', {});
  } else {
    showBanner();
  }
  release(doc.documentElement);
  new MutationObserver(function(list) {
    list.forEach(function(m) {
      m.addedNodes.forEach(function(n) {
        if (n.nodeType == 1) release(n);
      });
    });
  }).observe(doc.documentElement, {childList: true, subtree: true});
}

/** The purposes that need consent. */
function optional() {
  return (config ? config['purposes'] || [] : []).filter(function(p) {
    return !p['necessary'];
  });
}

function blockedByGpc(id) {
  return gpcRespected && GPC_REFUSES.indexOf(id) >= 0;
}

/** True when scripts of the category may run: consented to, or a necessary purpose. */
function allowed(category) {
  return granted[category] === true ||
      (config ? config['purposes'] || [] : []).some(function(p) {
        return p['necessary'] && p['id'] == category;
      });
}

function apply(choices) {
  granted = {};
  Object.keys(choices).forEach(function(id) {
    granted[id] = choices[id] === true && !blockedByGpc(id);
  });
  consentMode('update', granted);
  release(doc.documentElement);
}

/** Runs gated scripts and loads gated iframes of allowed purposes under root; adds placeholders. */
function release(root) {
  each(root, 'script[type="text/plain"][data-category]', function(s) {
    var category = s.getAttribute('data-category');
    if (!allowed(category)) return;
    var n = doc.createElement('script');
    [].forEach.call(s.attributes, function(a) {
      if (a.name != 'type' && a.name != 'nonce') n.setAttribute(a.name, a.value);
    });
    if (s.getAttribute('data-type')) n.type = s.getAttribute('data-type');
    if (nonce) n.nonce = nonce;
    if (!s.hasAttribute('async')) n.async = false;
    n.text = s.text;
    ran[category] = 1;
    s.parentNode.replaceChild(n, s);
  });
  each(root, 'iframe[data-category][data-src]', function(f) {
    var category = f.getAttribute('data-category');
    if (allowed(category)) {
      load(f);
    } else if (!f.ckPlaceholder) {
      var purpose = optional().filter(function(p) {
        return p['id'] == category;
      })[0];
      var button = el('button', {'type': 'button', 'class': 'ck-btn'}, texts['load']);
      var ph = el('div', {'class': 'ck-ph ' + f.className}, [
        el('p', 0, texts['placeholder'] + ' ' + (purpose ? local(purpose['name']) : category)),
        button
      ]);
      // Loading the content is consent for its purpose: recorded at the ledger like any other choice.
      button.onclick = function() {
        var choices = {};
        optional().forEach(function(p) {
          choices[p['id']] = allowed(p['id']);
        });
        choices[category] = true;
        decide('custom', choices);
      };
      // Same size as the frame it stands in for (CSSOM, allowed under CSP): no layout shift.
      if (f.offsetWidth) {
        ph.style.width = f.offsetWidth + 'px';
        ph.style.height = f.offsetHeight + 'px';
        ph.style.display = getComputedStyle(f).display == 'inline' ? 'inline-block' : 'block';
      }
      f.hidden = true;
      f.ckPlaceholder = ph;
      f.parentNode.insertBefore(ph, f);
    }
  });
}

function load(f) {
  f.src = f.getAttribute('data-src');
  f.removeAttribute('data-src');
  f.hidden = false;
  if (f.ckPlaceholder) f.ckPlaceholder.remove();
}

function each(root, selector, fn) {
  if (root.matches && root.matches(selector)) fn(root);
  if (root.querySelectorAll) [].forEach.call(root.querySelectorAll(selector), fn);
}

/** Creates an element with attributes and text or child elements (text only, never markup). */
function el(tag, attrs, content) {
  var e = doc.createElement(tag);
  Object.keys(attrs || {}).forEach(function(k) {
    e.setAttribute(k, attrs[k]);
  });
  if (Array.isArray(content)) {
    content.forEach(function(c) {
      if (c) e.appendChild(typeof c == 'string' ? doc.createTextNode(c) : c);
    });
  } else if (content != null) {
    e.textContent = content;
  }
  return e;
}

/** A localized configuration text: {nl, en} or a plain string. */
function local(t) {
  return typeof t == 'string' ? t : t ? t[lang] || t[config['defaultLanguage']] || '' : '';
}

function button(action, text) {
  var b = el('button', {'type': 'button', 'class': 'ck-btn', 'data-ck': action}, text);
  return b;
}

/** Accept, reject and settings: the same element and class, so the same weight, in every layer. */
function buttons(third) {
  var row = el('div', {'class': 'ck-btns'}, [
    button('reject', texts['reject']), third, button('accept', texts['accept'])
  ]);
  row.onclick = function(e) {
    var action = e.target.getAttribute('data-ck');
    if (action == 'accept') {
      var all = {};
      optional().forEach(function(p) {
        all[p['id']] = !blockedByGpc(p['id']);
      });
      decide('accept-all', all);
    } else if (action == 'reject') {
      decide('reject-all', {});
    } else if (action == 'save') {
      var choices = {};
      [].forEach.call(modal.querySelectorAll('input[data-p]'), function(i) {
        choices[i.getAttribute('data-p')] = i.checked;
      });
      decide('custom', choices);
    } else if (action == 'settings') {
      openSettings(e.target);
    }
  };
  return row;
}

function showBanner() {
  returnFocus = doc.activeElement;
  var all = config['purposes'] || [];
  var parties = [];
  all.forEach(function(p) {
    (p['vendors'] || []).forEach(function(v) {
      var name = v['name'] + (v['thirdParty'] ? ' (' + texts['thirdParty'] + ')' : '');
      if (parties.indexOf(name) < 0) parties.push(name);
    });
  });
  banner = el('div', {
    'class': 'ck-root ck-banner',
    'role': 'dialog',
    'aria-modal': 'false',
    'aria-labelledby': 'ck-title',
    'aria-describedby': 'ck-intro',
    'tabindex': '-1',
    'lang': lang
  }, [
    el('h2', {'id': 'ck-title'}, texts['title']),
    el('p', {'id': 'ck-intro'}, texts['intro']),
    el('p', 0, [
      el('strong', 0, texts['purposes'] + ': '), all.map(function(p) {
                                                     return local(p['name']);
                                                   }).join(', ')
    ]),
    parties.length ?
        el('p', 0, [el('strong', 0, texts['parties'] + ': '), parties.join(', ')]) :
        null,
    gpcRespected ? el('p', 0, texts['gpc']) : null,
    el('p', 0, texts['withdrawHint']),
    buttons(button('settings', texts['settings']))
  ]);
  doc.body.appendChild(banner);
  banner.focus();
}

function openSettings(opener) {
  if (modal) return;
  var current = state && state.version == config['version'] ? state.choices : {};
  var box = el('div', {'class': 'ck-box'}, [
    el('h2', {'id': 'ck-stitle'}, texts['settingsTitle']),
    el('p', {'id': 'ck-sintro'}, texts['settingsIntro']),
    /^https?:\/\//.test(config['statementUrl'] || '') ?
        el('p', 0, [el('a', {'href': config['statementUrl'], 'target': '_blank',
                             'rel': 'noopener noreferrer'}, texts['statement'])]) :
        null,
    gpcRespected ? el('p', 0, texts['gpc']) : null
  ]);
  (config['purposes'] || []).forEach(function(p, i) {
    var box2 = el('input', {'type': 'checkbox', 'id': 'ck-p' + i});
    if (p['necessary']) {
      box2.checked = box2.disabled = true;
    } else {
      box2.setAttribute('data-p', p['id']);
      box2.checked = current[p['id']] === true && !blockedByGpc(p['id']);
      box2.disabled = blockedByGpc(p['id']);
    }
    var vendors = (p['vendors'] || []).map(function(v) {
      var url = v['privacyUrl'];
      var details = [
        el('strong', 0, v['name']),
        ' (' + (v['thirdParty'] ? texts['thirdParty'] : texts['firstParty']) + '). ' +
            local(v['purpose']) + ' ' + texts['retention'] + ': ' + local(v['retention']) +
            '. ' + (v['cookies'] || []).join(', ') + ' '
      ];
      if (/^https?:\/\//.test(url || '')) {
        details.push(el('a', {'href': url, 'target': '_blank', 'rel': 'noopener noreferrer'},
                        texts['privacy']));
      }
      return el('li', 0, details);
    });
    box.appendChild(el('section', {'class': 'ck-purpose'}, [
      el('label', {'for': 'ck-p' + i}, [box2, ' ', el('strong', 0, local(p['name']))]),
      el('p', 0, local(p['description'])),
      p['necessary'] ? el('p', {'class': 'ck-note'}, texts['alwaysOn']) : null,
      vendors.length ?
          el('details', 0, [el('summary', 0, texts['vendors']), el('ul', 0, vendors)]) :
          null
    ]));
  });
  box.appendChild(buttons(button('save', texts['save'])));
  var close = el('button', {'type': 'button', 'class': 'ck-close'}, texts['close']);
  close.onclick = closeSettings;
  box.appendChild(close);
  modal = el('div', {
    'class': 'ck-root ck-modal',
    'role': 'dialog',
    'aria-modal': 'true',
    'aria-labelledby': 'ck-stitle',
    'aria-describedby': 'ck-sintro',
    'lang': lang
  }, [box]);
  modal.ckOpener = opener;
  modal.onkeydown = trap;
  // A click on the dimmed page must not take focus out of the dialog.
  modal.onmousedown = function(e) {
    if (e.target == modal) e.preventDefault();
  };
  if (banner) banner.hidden = true;
  doc.body.appendChild(modal);
  modal.querySelector('input:not([disabled]),button').focus();
}

/** Keeps Tab inside the settings dialog; Escape closes it without counting as a choice. */
function trap(e) {
  if (e.key == 'Escape') {
    closeSettings();
    return;
  }
  if (e.key != 'Tab') return;
  var f = [].filter.call(modal.querySelectorAll('input,button,summary,a[href]'), function(x) {
    return !x.disabled && x.getClientRects().length;
  });
  var first = f[0];
  var last = f[f.length - 1];
  if (e.shiftKey ? doc.activeElement == first : doc.activeElement == last) {
    e.preventDefault();
    (e.shiftKey ? last : first).focus();
  }
}

function closeSettings() {
  if (!modal) return;
  var opener = modal.ckOpener;
  modal.remove();
  modal = null;
  if (banner) {
    banner.hidden = false;
    (opener && banner.contains(opener) ? opener : banner).focus();
  } else if (opener && opener.focus) {
    opener.focus();
  }
}

function decide(action, choices) {
  var previous = state ? state.choices : {};
  var withdrawn = optional().filter(function(p) {
    return previous[p['id']] === true && !choices[p['id']];
  });
  if (withdrawn.length) action = 'withdraw';
  var clean = {};
  optional().forEach(function(p) {
    clean[p['id']] = choices[p['id']] === true && !blockedByGpc(p['id']);
    // "Accept all" that GPC narrowed is a custom choice: the record must not contradict its action.
    if (!clean[p['id']] && action == 'accept-all') action = 'custom';
  });
  state = {
    consentId: state && state.consentId || uuid(),
    version: config['version'],
    choices: clean,
    at: new Date().toISOString()
  };
  var age = (config['consentMaxAgeDays'] || 365) * 86400;
  doc.cookie = COOKIE + '=' + encodeURIComponent(JSON.stringify(state)) + '; Max-Age=' + age +
      '; Path=/; SameSite=Lax' + (location.protocol == 'https:' ? '; Secure' : '');
  var sent = fetch(origin + '/v1/sites/' + encodeURIComponent(site) + '/consents', {
               method: 'POST',
               headers: {'Content-Type': 'application/json'},
               body: JSON.stringify({
                 'consentId': state.consentId,
                 'configVersion': state.version,
                 'language': lang,
                 'action': action,
                 'choices': clean,
                 'gpc': gpc
               }),
               keepalive: true
             }).catch(function() {});
  if (modal) closeSettings();
  if (banner) {
    banner.remove();
    banner = null;
    if (returnFocus && returnFocus.focus && doc.contains(returnFocus)) returnFocus.focus();
  }
  apply(clean);
  showFab();
  if (withdrawn.length) {
    clearCookies(withdrawn);
    // Scripts that already ran keep running until the page is loaded again without them.
    if (withdrawn.some(function(p) {
          return ran[p['id']];
        })) {
      // After the record is sent, or after 3 s at most if the ledger is slow.
      Promise
          .race([
            sent, new Promise(function(done) {
              setTimeout(done, 3000);
            })
          ])
          .then(function() {
            location.reload();
          });
    }
  }
}

/** Deletes the reachable first-party cookies named by the withdrawn purposes' vendors. */
function clearCookies(purposes) {
  var names = [];
  purposes.forEach(function(p) {
    (p['vendors'] || []).forEach(function(v) {
      names = names.concat(v['cookies'] || []);
    });
  });
  var labels = location.hostname.split('.');
  var domains = [''];
  for (var i = 0; i < labels.length - 1; i++) domains.push('; Domain=' + labels.slice(i).join('.'));
  var paths = ['/'];
  location.pathname.split('/').reduce(function(path, segment) {
    if (segment) paths.push(path += '/' + segment);
    return path;
  }, '');
  doc.cookie.split(';').forEach(function(c) {
    var name = c.split('=')[0].trim();
    if (name != COOKIE && names.some(function(n) {
          return n == name || n.slice(-1) == '*' && name.indexOf(n.slice(0, -1)) == 0;
        })) {
      domains.forEach(function(d) {
        paths.forEach(function(path) {
          doc.cookie = name + '=; Max-Age=0; Path=' + path + d;
        });
      });
    }
  });
}

function showFab() {
  if (fab) return;
  fab = el('button', {'type': 'button', 'class': 'ck-root ck-fab', 'aria-haspopup': 'dialog'},
           texts['manage']);
  fab.onclick = function() {
    openSettings(fab);
  };
  doc.body.appendChild(fab);
}

function readState() {
  var m = doc.cookie.match(/(?:^|;\s*)ck_consent=([^;]*)/);
  try {
    var s = m && JSON.parse(decodeURIComponent(m[1]));
    return s && s.consentId && s.choices ? s : null;
  } catch (e) {
    return null;
  }
}

/** A random (version 4) UUID; crypto.randomUUID needs a secure context, getRandomValues does not. */
function uuid() {
  var b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = b[6] & 15 | 64;
  b[8] = b[8] & 63 | 128;
  var h = [].map.call(b, function(x) {
    return (x + 256).toString(16).slice(1);
  }).join('');
  return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) +
      '-' + h.slice(20);
}
