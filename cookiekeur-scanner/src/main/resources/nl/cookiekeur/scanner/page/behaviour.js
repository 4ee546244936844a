// Cookiekeur behaviour instruments. Injected with BrowserContext.addInitScript after instruments.js, so it runs
// in every frame before the site's own scripts. It watches what scripts do that marks them as trackers whatever
// their name: observing the whole document with a MutationObserver while uploads repeat (session recording),
// writing a random-looking persistent identifier to a cookie or localStorage and then sending it in a request
// (tracking identifier), and beacons (sendBeacon, pixels) to other hosts. State lives in this closure; the only
// thing exposed is one non-enumerable collector function under an obscure name (__BEHAVIOUR__, replaced by the
// Java side), which returns the observations as a JSON string. Everything is bounded.
(function () {
  'use strict';
  var KEY = '__BEHAVIOUR__';
  var G = self;
  try {
    if (Object.prototype.hasOwnProperty.call(G, KEY)) {
      return;
    }
  } catch (e) {
    return;
  }
  var O = Object, R = Reflect, apply = R.apply;
  var defineProperty = O.defineProperty, getOwnPropertyDescriptor = O.getOwnPropertyDescriptor;
  var ErrorCtor = Error, ProxyCtor = Proxy, stringify = JSON.stringify, DateNow = Date.now;
  var strIndexOf = String.prototype.indexOf, strSlice = String.prototype.slice, strSplit = String.prototype.split;
  var strMatch = String.prototype.match, strTrim = String.prototype.trim, strLower = String.prototype.toLowerCase;
  var arraySlice = Array.prototype.slice;
  var decode = G.decodeURIComponent;

  var LIMITS = { identifiers: 50, uploads: 200, observers: 50, beacons: 100, text: 300, sends: 400 };
  var MARKER = '__MARKER__';

  function call(fn, self_) {
    return apply(fn, self_, apply(arraySlice, arguments, [2]));
  }
  function cut(value, max) {
    var s = '' + value;
    return s.length > max ? call(strSlice, s, 0, max) : s;
  }
  function count(obj) {
    return O.keys(obj).length;
  }

  var state = {
    observers: {}, // script -> true: observed document/documentElement/body with subtree
    uploads: {}, // target -> {script, count, chars}
    identifiers: {}, // value -> {key, script}
    sent: {}, // key + '\u0000' + target -> {key, script, target}
    beacons: {} // script + '\u0000' + target -> {script, target, count}
  };

  // ---- which script is calling ----------------------------------------------------------------------------------
  function caller() {
    var stack;
    var limit = ErrorCtor.stackTraceLimit;
    try {
      ErrorCtor.stackTraceLimit = 30;
      stack = '' + new ErrorCtor().stack;
    } catch (e) {
      stack = '';
    } finally {
      try {
        ErrorCtor.stackTraceLimit = limit;
      } catch (e2) {
        // ignore
      }
    }
    var lines = call(strSplit, stack, '\n');
    for (var i = 1; i < lines.length; i++) {
      if (call(strIndexOf, lines[i], MARKER) >= 0) {
        continue;
      }
      var m = call(strMatch, lines[i], /((?:https?|file):\/\/[^\s()]*?)(?::\d+){1,2}\)?\s*$/);
      if (m) {
        return cut(m[1], 500);
      }
    }
    return null;
  }

  function wrap(fn, before) {
    return new ProxyCtor(fn, {
      apply: function (target, self_, args) {
        try {
          before(self_, args);
        } catch (e) {
          // an instrument never breaks the page
        }
        return apply(target, self_, args);
      }
    });
  }
  function hookMethod(proto, name, before) {
    if (!proto) {
      return;
    }
    var d = getOwnPropertyDescriptor(proto, name);
    if (!d || typeof d.value !== 'function') {
      return;
    }
    d.value = wrap(d.value, before);
    defineProperty(proto, name, d);
  }
  function hookSetter(proto, name, onSet) {
    if (!proto) {
      return;
    }
    var d = getOwnPropertyDescriptor(proto, name);
    if (!d || !d.configurable || !d.set) {
      return;
    }
    d.set = wrap(d.set, onSet);
    defineProperty(proto, name, d);
  }

  // ---- identifiers: random-looking persistent values written by scripts ----------------------------------------
  function randomLooking(raw) {
    var value = call(strTrim, '' + raw);
    try {
      value = decode(value);
    } catch (e) {
      // keep it encoded
    }
    if (value.length < 8 || value.length > 200 || !/^[A-Za-z0-9._:|=+\/~$-]+$/.test(value)) {
      return false;
    }
    if (/^\d+$/.test(value) && value.length <= 13) {
      return false; // a time, not a visitor
    }
    if (!/\d/.test(value)) {
      return false;
    }
    var seen = {};
    for (var i = 0; i < value.length; i++) {
      seen[value[i]] = true;
    }
    return count(seen) >= 6;
  }
  function rememberIdentifier(key, value, script) {
    if (!randomLooking(value) || count(state.identifiers) >= LIMITS.identifiers) {
      return;
    }
    if (!state.identifiers[value]) {
      state.identifiers[value] = { key: cut(key, LIMITS.text), script: script };
    }
  }
  function persistentCookie(text) {
    var lowerText = call(strLower, text);
    var maxAge = call(strMatch, lowerText, /;\s*max-age\s*=\s*(\d+)/);
    if (maxAge) {
      return +maxAge[1] > 86400;
    }
    var expires = call(strMatch, lowerText, /;\s*expires\s*=\s*([^;]+)/);
    if (expires) {
      var at = Date.parse(expires[1]);
      return at === at && at - DateNow() > 86400000;
    }
    return false;
  }
  var Doc = G.Document;
  if (Doc) {
    hookSetter(Doc.prototype, 'cookie', function (doc, args) {
      var text = '' + args[0];
      var eq = call(strIndexOf, text, '=');
      if (eq <= 0 || !persistentCookie(text)) {
        return;
      }
      var end = call(strIndexOf, text, ';');
      var name = call(strTrim, call(strSlice, text, 0, eq));
      var value = call(strTrim, call(strSlice, text, eq + 1, end < 0 ? text.length : end));
      rememberIdentifier(name, value, caller());
    });
  }
  if (G.Storage) {
    hookMethod(G.Storage.prototype, 'setItem', function (area, args) {
      try {
        if (area !== G.localStorage) {
          return;
        }
      } catch (e) {
        return;
      }
      rememberIdentifier('' + args[0], '' + args[1], caller());
    });
  }

  // ---- what leaves the page -----------------------------------------------------------------------------------
  function absolute(url) {
    try {
      return '' + new G.URL('' + url, G.location.href);
    } catch (e) {
      return '' + url;
    }
  }
  function hostOf(url) {
    try {
      return new G.URL(url).host;
    } catch (e) {
      return '';
    }
  }
  function bodyText(body) {
    if (body === undefined || body === null) {
      return '';
    }
    if (typeof body === 'string') {
      return body;
    }
    try {
      if (G.URLSearchParams && body instanceof G.URLSearchParams) {
        return '' + body;
      }
      if (G.Blob && body instanceof G.Blob) {
        return { length: body.size };
      }
      if (body.byteLength !== undefined) {
        return { length: body.byteLength };
      }
    } catch (e) {
      // unreadable body
    }
    return '';
  }
  var sends = 0;
  function onSend(kind, url, body, script) {
    if (sends++ >= LIMITS.sends) {
      return;
    }
    var target = cut(absolute(url), 500);
    var text = bodyText(body);
    var chars = typeof text === 'string' ? text.length : text.length;
    var searchable = target + ' ' + (typeof text === 'string' ? cut(text, 20000) : '');
    for (var value in state.identifiers) {
      if (call(strIndexOf, searchable, value) >= 0 || call(strIndexOf, searchable, G.encodeURIComponent(value)) >= 0) {
        var id = state.identifiers[value];
        var sentKey = id.key + '\u0000' + hostOf(target);
        if (!state.sent[sentKey] && count(state.sent) < LIMITS.identifiers) {
          state.sent[sentKey] = { key: id.key, script: id.script, target: target };
        }
      }
    }
    if (kind === 'beacon' || kind === 'pixel') {
      var beaconKey = script + '\u0000' + hostOf(target);
      var beacon = state.beacons[beaconKey];
      if (!beacon && count(state.beacons) < LIMITS.beacons) {
        beacon = state.beacons[beaconKey] = { script: script, target: target, count: 0 };
      }
      if (beacon) {
        beacon.count++;
      }
    }
    if (kind === 'beacon' || kind === 'post') {
      var origin = call(strSplit, target, '?')[0];
      var upload = state.uploads[origin];
      if (!upload && count(state.uploads) < LIMITS.uploads) {
        upload = state.uploads[origin] = { script: script, count: 0, chars: 0 };
      }
      if (upload) {
        upload.count++;
        upload.chars += chars;
      }
    }
  }
  var Nav = G.Navigator;
  if (Nav) {
    hookMethod(Nav.prototype, 'sendBeacon', function (nav, args) {
      onSend('beacon', args[0], args[1], caller());
    });
  }
  if (typeof G.fetch === 'function') {
    var originalFetch = G.fetch;
    G.fetch = wrap(originalFetch, function (self_, args) {
      var input = args[0], init = args[1] || {};
      var url = typeof input === 'string' ? input : input && input.url;
      var method = call(strLower, '' + (init.method || (input && input.method) || 'get'));
      onSend(method === 'get' ? 'get' : 'post', url, init.body, caller());
    });
  }
  var Xhr = G.XMLHttpRequest;
  if (Xhr) {
    var xhrTargets = new G.WeakMap();
    hookMethod(Xhr.prototype, 'open', function (xhr, args) {
      xhrTargets.set(xhr, { method: call(strLower, '' + args[0]), url: '' + args[1] });
    });
    hookMethod(Xhr.prototype, 'send', function (xhr, args) {
      var target = xhrTargets.get(xhr);
      if (target) {
        onSend(target.method === 'get' ? 'get' : 'post', target.url, args[0], caller());
      }
    });
  }
  var Img = G.HTMLImageElement;
  if (Img) {
    hookSetter(Img.prototype, 'src', function (img, args) {
      var url = '' + args[0];
      if (call(strIndexOf, url, '?') > 0) {
        onSend('pixel', url, null, caller());
      }
    });
  }

  // ---- whole-document observation ---------------------------------------------------------------------------
  var MO = G.MutationObserver;
  if (MO) {
    hookMethod(MO.prototype, 'observe', function (observer, args) {
      var target = args[0], options = args[1] || {};
      var doc = G.document;
      if (!options.subtree || !doc) {
        return;
      }
      if (target === doc || target === doc.documentElement || target === doc.body) {
        var script = caller();
        if (script === null) {
          // no page script on the stack: Cookiekeur's own init scripts (the banner watch observes the document)
          return;
        }
        if (count(state.observers) < LIMITS.observers) {
          state.observers[script === null ? '' : script] = true;
        }
      }
    });
  }

  // ---- collecting -----------------------------------------------------------------------------------------------
  function collect() {
    var out = { url: '' + G.location.href, recordings: [], identifiers: [], beacons: [] };
    var observers = O.keys(state.observers);
    if (observers.length > 0) {
      for (var target in state.uploads) {
        var upload = state.uploads[target];
        // batches: the same endpoint again and again, with real content
        if (upload.count >= 2 && upload.chars >= 1000) {
          var script = state.observers[upload.script === null ? '' : upload.script] ? upload.script : observers[0];
          out.recordings.push({
            script: script === '' ? null : script,
            target: target,
            count: upload.count,
            detail: 'MutationObserver(document, subtree) + ' + upload.count + ' uploads, ' + upload.chars + ' chars'
          });
        }
      }
    }
    for (var sentKey in state.sent) {
      var sent = state.sent[sentKey];
      out.identifiers.push({ key: sent.key, script: sent.script, target: sent.target });
    }
    for (var beaconKey in state.beacons) {
      var beacon = state.beacons[beaconKey];
      out.beacons.push({ script: beacon.script, target: beacon.target, count: beacon.count });
    }
    return stringify(out);
  }
  try {
    defineProperty(G, KEY, {
      value: function (command) {
        return command === 'collect' ? collect() : null;
      },
      enumerable: false,
      configurable: false,
      writable: false
    });
  } catch (e) {
    // a page that froze the global object: nothing to report
  }
})();
