// Cookiekeur page instruments. Injected with BrowserContext.addInitScript, so it runs in every frame before
// the site's own scripts. It records, per calling script: fingerprinting attempts, document.cookie and
// Cookie Store writes, Web Storage writes, IndexedDB opens and Google Consent Mode commands. State lives in
// this closure; the only thing exposed is one non-enumerable collector function under an obscure name
// (__COLLECTOR__, replaced by the Java side), which returns the observations as a JSON string.
// Everything is bounded: number of scripts, names, keys, stack captures and string lengths.
(function () {
  'use strict';
  var KEY = '__COLLECTOR__';
  var G = self;
  try {
    if (Object.prototype.hasOwnProperty.call(G, KEY)) {
      return;
    }
  } catch (e) {
    return;
  }

  // ---- originals, kept before any site code runs --------------------------------------------------------
  var O = Object, R = Reflect;
  var defineProperty = O.defineProperty, getOwnPropertyDescriptor = O.getOwnPropertyDescriptor;
  var apply = R.apply, construct = R.construct, ownKeys = O.keys;
  var ErrorCtor = Error, ProxyCtor = Proxy, WeakMapCtor = WeakMap, WeakSetCtor = WeakSet, DateNow = Date.now;
  var stringify = JSON.stringify;
  var fnToString = Function.prototype.toString;
  var strIndexOf = String.prototype.indexOf, strSlice = String.prototype.slice, strSplit = String.prototype.split;
  var strTrim = String.prototype.trim, strLower = String.prototype.toLowerCase, strMatch = String.prototype.match;
  var strReplace = String.prototype.replace;
  var arrayPush = Array.prototype.push, arraySlice = Array.prototype.slice;
  var arrayJoin = Array.prototype.join, arrayConcat = Array.prototype.concat;
  var PromiseCtor = Promise, promiseAll = Promise.all, promiseResolve = Promise.resolve;
  var promiseThen = Promise.prototype.then, setTimeoutFn = G.setTimeout;
  var weakMapGet = WeakMap.prototype.get, weakMapSet = WeakMap.prototype.set;
  var StorageProto = G.Storage && G.Storage.prototype;
  var storageKey = StorageProto && StorageProto.key, storageGetItem = StorageProto && StorageProto.getItem;
  var storageLength = StorageProto && getOwnPropertyDescriptor(StorageProto, 'length');
  var idbDatabases = G.IDBFactory && G.IDBFactory.prototype.databases;
  var idbGet = getOwnPropertyDescriptor(G, 'indexedDB');

  function call(fn, self_) {
    return apply(fn, self_, apply(arraySlice, arguments, [2]));
  }
  function cut(value, max) {
    var s = '' + value;
    return s.length > max ? call(strSlice, s, 0, max) : s;
  }
  function mapGet(map, key) {
    return call(weakMapGet, map, key);
  }
  function mapSet(map, key, value) {
    call(weakMapSet, map, key, value);
  }
  function join(list, separator) {
    return call(arrayJoin, list, separator);
  }
  function lower(s) {
    return call(strLower, s);
  }

  var LIMITS = {
    scripts: 100, // distinct scripts tracked per technique
    names: 300, // cookie names, storage keys, database names
    text: 300, // detail strings and values
    stacks: 20000, // stack captures per frame; after that calls are no longer attributed
    gcm: 50, // consent-mode commands
    fonts: 200 // distinct font families per script
  };

  // ---- state ------------------------------------------------------------------------------------------------
  function newState() {
    return {
      started: DateNow(),
      stacks: 0,
      canvas: {}, // script -> {calls, detail}
      webgl: {},
      audio: {},
      fonts: {}, // script -> {families: {}, count, calls}
      device: {}, // script -> {props: {}, count}
      cookies: {}, // name -> {script, value, at, writes}
      cookieCount: 0,
      storage: {}, // 'local|' + key or 'session|' + key -> script
      storageCount: 0,
      idb: {}, // name -> script
      idbCount: 0,
      gcm: [], // {command, action, params, script, at}
      // what earlier collects on this document already reported, so consent signals are reported once
      reported: { gcm: 0, cookies: {}, storage: {}, tcf: null },
      scriptsSeen: 0
    };
  }
  var state = newState();
  var shared = false;
  // A same-origin child frame (such as a measuring iframe that is removed right after) reports into its
  // parent's state, so what it saw is not lost with it.
  try {
    if (G.parent && G.parent !== G) {
      var parentCollector = G.parent[KEY];
      if (typeof parentCollector === 'function') {
        var parentState = parentCollector('__state__');
        if (parentState && typeof parentState === 'object') {
          state = parentState;
          shared = true;
        }
      }
    }
  } catch (e) {
    // cross-origin parent: keep our own state
  }

  // ---- disguise: wrapped functions print like the originals ---------------------------------------------------
  var originals = new WeakMapCtor();
  var toStringProxy = new ProxyCtor(fnToString, {
    apply: function (target, self_, args) {
      var original = self_ !== null && (typeof self_ === 'function' || typeof self_ === 'object')
        ? mapGet(originals, self_) : undefined;
      return apply(target, original === undefined ? self_ : original, args);
    }
  });
  mapSet(originals, toStringProxy, fnToString);
  try {
    defineProperty(Function.prototype, 'toString', {
      value: toStringProxy, writable: true, enumerable: false, configurable: true
    });
  } catch (e) {
    // leave toString alone
  }

  function wrap(fn, before) {
    var proxy = new ProxyCtor(fn, {
      apply: function (target, self_, args) {
        try {
          before(self_, args);
        } catch (e) {
          // an instrument never breaks the page
        }
        return apply(target, self_, args);
      }
    });
    mapSet(originals, proxy, fn);
    return proxy;
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

  function hookAccessor(proto, name, onGet, onSet) {
    if (!proto) {
      return;
    }
    var d = getOwnPropertyDescriptor(proto, name);
    if (!d || !d.configurable) {
      return;
    }
    if (onGet && d.get) {
      d.get = wrap(d.get, onGet);
    }
    if (onSet && d.set) {
      d.set = wrap(d.set, onSet);
    }
    defineProperty(proto, name, d);
  }

  // ---- which script is calling --------------------------------------------------------------------------------
  var self_location = null;
  function frameUrl(line) {
    var m = call(strMatch, line, /((?:https?|file|chrome-extension|blob:https?):\/\/[^\s()]*?)(?::\d+){1,2}\)?\s*$/);
    if (m) {
      return m[1];
    }
    m = call(strMatch, line, /((?:https?|file):\/\/[^\s()]+)/);
    return m ? strip(m[1]) : null;
  }
  function strip(url) {
    return call(strReplace, url, /(?::\d+){1,2}$/, '');
  }
  function instrumentLine(line) {
    return self_location !== null && call(strIndexOf, line, self_location) >= 0;
  }
  function caller() {
    if (state.stacks >= LIMITS.stacks) {
      return undefined;
    }
    state.stacks++;
    var limit = ErrorCtor.stackTraceLimit;
    var prepare = ErrorCtor.prepareStackTrace;
    var stack;
    try {
      ErrorCtor.stackTraceLimit = 30;
      if (prepare !== undefined) {
        ErrorCtor.prepareStackTrace = undefined;
      }
      stack = new ErrorCtor().stack;
    } catch (e) {
      stack = '';
    } finally {
      try {
        ErrorCtor.stackTraceLimit = limit;
        if (prepare !== undefined) {
          ErrorCtor.prepareStackTrace = prepare;
        }
      } catch (e2) {
        // ignore
      }
    }
    var lines = call(strSplit, '' + stack, '\n');
    for (var i = 1; i < lines.length; i++) {
      if (instrumentLine(lines[i])) {
        continue;
      }
      var url = frameUrl(lines[i]);
      if (url) {
        return cut(url, 500);
      }
    }
    return null;
  }
  try {
    var own = call(strSplit, '' + new ErrorCtor().stack, '\n')[1] || '';
    var ownMatch = call(strMatch, own, /\(?([^\s()]+?)(?::\d+){1,2}\)?\s*$/);
    self_location = ownMatch ? ownMatch[1] : null;
  } catch (e) {
    self_location = null;
  }

  function scriptKey(script) {
    return script === null ? '' : script;
  }
  function bump(table, script, detail) {
    if (script === undefined) {
      return;
    }
    var key = scriptKey(script);
    var entry = table[key];
    if (!entry) {
      if (ownKeys(table).length >= LIMITS.scripts) {
        return;
      }
      entry = table[key] = { calls: 0, detail: '' };
    }
    entry.calls++;
    if (detail && entry.detail.length < LIMITS.text && call(strIndexOf, entry.detail, detail) < 0) {
      entry.detail = cut(entry.detail ? entry.detail + '; ' + detail : detail, LIMITS.text);
    }
  }

  // ---- canvas (Englehardt & Narayanan 2016 criteria) --------------------------------------------------------
  var canvasInfo = new WeakMapCtor(); // canvas element -> {chars: {}, charCount, colours: {}, colourCount, drawingOnly}
  var Canvas2D = G.CanvasRenderingContext2D;
  var CanvasEl = G.HTMLCanvasElement;
  var ctxCanvasGet = Canvas2D && getOwnPropertyDescriptor(Canvas2D.prototype, 'canvas');
  var fillStyleGet = Canvas2D && getOwnPropertyDescriptor(Canvas2D.prototype, 'fillStyle');
  var strokeStyleGet = Canvas2D && getOwnPropertyDescriptor(Canvas2D.prototype, 'strokeStyle');
  var fontGet = Canvas2D && getOwnPropertyDescriptor(Canvas2D.prototype, 'font');
  var widthGet = CanvasEl && getOwnPropertyDescriptor(CanvasEl.prototype, 'width');
  var heightGet = CanvasEl && getOwnPropertyDescriptor(CanvasEl.prototype, 'height');

  function infoOf(canvas) {
    var info = mapGet(canvasInfo, canvas);
    if (!info) {
      info = { chars: {}, charCount: 0, colours: {}, colourCount: 0, drawingOnly: false };
      mapSet(canvasInfo, canvas, info);
    }
    return info;
  }
  function canvasOf(ctx) {
    try {
      return ctxCanvasGet ? call(ctxCanvasGet.get, ctx) : null;
    } catch (e) {
      return null;
    }
  }
  function onText(ctx, args, styleGet) {
    var canvas = canvasOf(ctx);
    if (!canvas) {
      return;
    }
    var info = infoOf(canvas);
    var text = cut(args[0], 200);
    for (var i = 0; i < text.length && info.charCount < 64; i++) {
      var ch = text[i];
      if (!info.chars[ch]) {
        info.chars[ch] = true;
        info.charCount++;
      }
    }
    var colour = styleGet ? '' + call(styleGet.get, ctx) : '';
    if (colour && !info.colours[colour] && info.colourCount < 16) {
      info.colours[colour] = true;
      info.colourCount++;
    }
  }
  function onReadBack(canvas, method, w, h, lossy) {
    if (!canvas || lossy) {
      return;
    }
    var info = mapGet(canvasInfo, canvas);
    if (!info || info.drawingOnly) {
      return;
    }
    var width = widthGet ? call(widthGet.get, canvas) : 0;
    var height = heightGet ? call(heightGet.get, canvas) : 0;
    if (width < 16 || height < 16 || w < 16 || h < 16) {
      return;
    }
    if (info.charCount < 10 && info.colourCount < 2) {
      return;
    }
    bump(state.canvas, caller(), method + ' ' + width + 'x' + height + ', ' + info.charCount + ' distinct characters, '
      + info.colourCount + ' colours');
  }
  function lossyType(type) {
    var t = type === undefined || type === null ? '' : lower('' + type);
    return t === 'image/jpeg' || t === 'image/webp' || t === 'image/jpg';
  }
  if (Canvas2D) {
    hookMethod(Canvas2D.prototype, 'fillText', function (ctx, args) {
      onText(ctx, args, fillStyleGet);
    });
    hookMethod(Canvas2D.prototype, 'strokeText', function (ctx, args) {
      onText(ctx, args, strokeStyleGet);
    });
    var drawingOnly = function (ctx) {
      var canvas = canvasOf(ctx);
      if (canvas) {
        infoOf(canvas).drawingOnly = true;
      }
    };
    hookMethod(Canvas2D.prototype, 'save', drawingOnly);
    hookMethod(Canvas2D.prototype, 'restore', drawingOnly);
    hookMethod(Canvas2D.prototype, 'getImageData', function (ctx, args) {
      onReadBack(canvasOf(ctx), 'getImageData', +args[2] || 0, +args[3] || 0, false);
    });
  }
  if (CanvasEl) {
    hookMethod(CanvasEl.prototype, 'toDataURL', function (canvas, args) {
      onReadBack(canvas, 'toDataURL', 1e9, 1e9, lossyType(args[0]));
    });
    hookMethod(CanvasEl.prototype, 'toBlob', function (canvas, args) {
      onReadBack(canvas, 'toBlob', 1e9, 1e9, lossyType(args[1]));
    });
  }
  if (G.EventTarget && CanvasEl) {
    hookMethod(G.EventTarget.prototype, 'addEventListener', function (target) {
      if (target instanceof CanvasEl) {
        infoOf(target).drawingOnly = true;
      }
    });
  }

  // ---- fonts: the same text measured in many font families ----------------------------------------------
  function firstFamily(font) {
    var s = call(strTrim, '' + font);
    // a CSS font shorthand ends with the family list; a fontFamily value is only the list
    var m = call(strMatch, s, /(?:^|\s)(?:\d+(?:\.\d+)?(?:px|pt|em|rem|%)(?:\/\S+)?\s+)(.+)$/);
    var list = m ? m[1] : s;
    var first = call(strSplit, list, ',')[0];
    return lower(call(strReplace, call(strTrim, first), /^["']|["']$/g, ''));
  }
  function onFont(font, how) {
    if (!font) {
      return;
    }
    var family = firstFamily(font);
    if (!family) {
      return;
    }
    var script = caller();
    if (script === undefined) {
      return;
    }
    var key = scriptKey(script);
    var entry = state.fonts[key];
    if (!entry) {
      if (ownKeys(state.fonts).length >= LIMITS.scripts) {
        return;
      }
      entry = state.fonts[key] = { families: {}, count: 0, calls: 0, how: {} };
    }
    entry.calls++;
    entry.how[how] = true;
    if (!entry.families[family] && entry.count < LIMITS.fonts) {
      entry.families[family] = true;
      entry.count++;
    }
  }
  if (Canvas2D && fontGet) {
    hookMethod(Canvas2D.prototype, 'measureText', function (ctx) {
      onFont(call(fontGet.get, ctx), 'measureText');
    });
  }
  var HTMLEl = G.HTMLElement;
  var styleGet = HTMLEl && getOwnPropertyDescriptor(HTMLEl.prototype, 'style');
  function elementFont(el, how) {
    var style = styleGet ? call(styleGet.get, el) : null;
    var family = style ? style.fontFamily : '';
    if (family) {
      onFont(family, how);
    }
  }
  if (HTMLEl) {
    hookAccessor(HTMLEl.prototype, 'offsetWidth', function (el) {
      elementFont(el, 'offsetWidth');
    }, null);
    hookAccessor(HTMLEl.prototype, 'offsetHeight', function (el) {
      elementFont(el, 'offsetHeight');
    }, null);
  }

  // ---- WebGL ----------------------------------------------------------------------------------------------
  var UNMASKED_VENDOR = 0x9245, UNMASKED_RENDERER = 0x9246;
  function hookWebGl(ctor) {
    if (!ctor) {
      return;
    }
    hookMethod(ctor.prototype, 'getParameter', function (gl, args) {
      var p = args[0];
      if (p === UNMASKED_RENDERER || p === UNMASKED_VENDOR) {
        bump(state.webgl, caller(), p === UNMASKED_RENDERER ? 'getParameter(UNMASKED_RENDERER_WEBGL)'
          : 'getParameter(UNMASKED_VENDOR_WEBGL)');
      }
    });
    hookMethod(ctor.prototype, 'getExtension', function (gl, args) {
      if (args[0] === 'WEBGL_debug_renderer_info') {
        bump(state.webgl, caller(), 'getExtension(WEBGL_debug_renderer_info)');
      }
    });
    hookMethod(ctor.prototype, 'readPixels', function () {
      bump(state.webgl, caller(), 'readPixels');
    });
  }
  hookWebGl(G.WebGLRenderingContext);
  hookWebGl(G.WebGL2RenderingContext);

  // ---- audio: an oscillator rendered offline and read back ------------------------------------------------
  var Offline = G.OfflineAudioContext;
  var audioGraph = new WeakMapCtor(); // offline context -> {oscillator, compressor}
  if (Offline && G.BaseAudioContext) {
    var markNode = function (kind) {
      return function (ctx) {
        if (ctx instanceof Offline) {
          var graph = mapGet(audioGraph, ctx) || {};
          graph[kind] = true;
          mapSet(audioGraph, ctx, graph);
        }
      };
    };
    hookMethod(G.BaseAudioContext.prototype, 'createOscillator', markNode('oscillator'));
    hookMethod(G.BaseAudioContext.prototype, 'createDynamicsCompressor', markNode('compressor'));
    hookMethod(Offline.prototype, 'startRendering', function (ctx) {
      var graph = mapGet(audioGraph, ctx);
      if (graph && graph.oscillator) {
        bump(state.audio, caller(), 'OfflineAudioContext oscillator' + (graph.compressor ? '+compressor' : '')
          + ' startRendering');
      }
    });
  }

  // ---- device properties harvested by one script --------------------------------------------------------
  function onProperty(name) {
    return function () {
      var script = caller();
      if (script === undefined) {
        return;
      }
      var key = scriptKey(script);
      var entry = state.device[key];
      if (!entry) {
        if (ownKeys(state.device).length >= LIMITS.scripts) {
          return;
        }
        entry = state.device[key] = { props: {}, count: 0 };
      }
      if (!entry.props[name]) {
        entry.props[name] = true;
        entry.count++;
      }
    };
  }
  var navigatorProps = ['hardwareConcurrency', 'deviceMemory', 'plugins', 'mimeTypes', 'platform', 'languages',
    'vendor', 'maxTouchPoints', 'doNotTrack', 'cookieEnabled', 'pdfViewerEnabled', 'userAgentData', 'connection',
    'webdriver', 'productSub', 'oscpu'];
  var screenProps = ['colorDepth', 'pixelDepth', 'width', 'height', 'availWidth', 'availHeight'];
  var i;
  if (G.Navigator) {
    for (i = 0; i < navigatorProps.length; i++) {
      hookAccessor(G.Navigator.prototype, navigatorProps[i], onProperty('navigator.' + navigatorProps[i]), null);
    }
  }
  if (G.Screen) {
    for (i = 0; i < screenProps.length; i++) {
      hookAccessor(G.Screen.prototype, screenProps[i], onProperty('screen.' + screenProps[i]), null);
    }
  }
  if (G.Intl && G.Intl.DateTimeFormat) {
    hookMethod(G.Intl.DateTimeFormat.prototype, 'resolvedOptions', onProperty('timeZone'));
  }
  hookMethod(Date.prototype, 'getTimezoneOffset', onProperty('timezoneOffset'));

  // ---- cookies written by script --------------------------------------------------------------------------
  function expiredWrite(text) {
    var l = lower(text);
    if (call(strMatch, l, /;\s*max-age\s*=\s*(-\d+|0)\s*(;|$)/)) {
      return true;
    }
    var m = call(strMatch, l, /;\s*expires\s*=\s*([^;]+)/);
    if (m) {
      var t = Date.parse(m[1]);
      return t === t && t < DateNow();
    }
    return false;
  }
  // The expiry a document.cookie write asks for (ms since the epoch): max-age wins over expires; null when the
  // write asks for a session cookie or the date cannot be read.
  function requestedExpiry(text) {
    var l = lower(text);
    var age = call(strMatch, l, /;\s*max-age\s*=\s*(-?\d+)\s*(;|$)/);
    if (age) {
      var seconds = +age[1];
      return seconds > 0 ? DateNow() + seconds * 1000 : null;
    }
    var m = call(strMatch, l, /;\s*expires\s*=\s*([^;]+)/);
    if (m) {
      var t = Date.parse(m[1]);
      return t === t ? t : null;
    }
    return null;
  }
  function onCookieWrite(name, value, deleting, via, requested) {
    name = cut(call(strTrim, '' + name), 200);
    var script = caller();
    var entry = state.cookies[name];
    if (!entry) {
      if (state.cookieCount >= LIMITS.names) {
        return;
      }
      state.cookieCount++;
      entry = state.cookies[name] = { script: null, value: '', at: 0, writes: 0, deleted: false, via: via, requested: null };
    }
    entry.writes++;
    entry.deleted = deleting;
    if (!deleting) {
      if (entry.script === null && script) {
        entry.script = script;
      }
      entry.value = cut(value, LIMITS.text);
      entry.at = DateNow();
      entry.requested = typeof requested === 'number' ? requested : null;
    }
  }
  var Doc = G.Document;
  if (Doc) {
    hookAccessor(Doc.prototype, 'cookie', null, function (doc, args) {
      var text = '' + args[0];
      var eq = call(strIndexOf, text, '=');
      var semi = call(strIndexOf, text, ';');
      var pair = semi >= 0 ? call(strSlice, text, 0, semi) : text;
      var name = eq >= 0 && (semi < 0 || eq < semi) ? call(strSlice, pair, 0, call(strIndexOf, pair, '=')) : '';
      var value = eq >= 0 && (semi < 0 || eq < semi) ? call(strSlice, pair, call(strIndexOf, pair, '=') + 1) : pair;
      onCookieWrite(name, value, expiredWrite(text), 'document.cookie', requestedExpiry(text));
    });
  }
  if (G.CookieStore) {
    hookMethod(G.CookieStore.prototype, 'set', function (store, args) {
      var a = args[0];
      if (a && typeof a === 'object') {
        var expires = typeof a.expires === 'number' ? a.expires : null;
        onCookieWrite(a.name, a.value, expires !== null && expires < DateNow(), 'cookieStore', expires);
      } else {
        onCookieWrite(a, args[1], false, 'cookieStore');
      }
    });
    hookMethod(G.CookieStore.prototype, 'delete', function (store, args) {
      var a = args[0];
      onCookieWrite(a && typeof a === 'object' ? a.name : a, '', true, 'cookieStore');
    });
  }

  // ---- Web Storage and IndexedDB ------------------------------------------------------------------------------
  var localGet = getOwnPropertyDescriptor(G, 'localStorage');
  var sessionGet = getOwnPropertyDescriptor(G, 'sessionStorage');
  var localArea = null, sessionArea = null;
  function areas() {
    if (localArea === null) {
      try {
        localArea = localGet && localGet.get ? call(localGet.get, G) : null;
      } catch (e) {
        localArea = false;
      }
    }
    if (sessionArea === null) {
      try {
        sessionArea = sessionGet && sessionGet.get ? call(sessionGet.get, G) : null;
      } catch (e) {
        sessionArea = false;
      }
    }
  }
  if (G.Storage) {
    hookMethod(G.Storage.prototype, 'setItem', function (area, args) {
      areas();
      var kind = area === localArea ? 'local' : area === sessionArea ? 'session' : 'other';
      var key = kind + '|' + cut(args[0], 200);
      if (state.storage[key] === undefined) {
        if (state.storageCount >= LIMITS.names) {
          return;
        }
        state.storageCount++;
        state.storage[key] = caller() || null;
      }
    });
  }
  if (G.IDBFactory) {
    hookMethod(G.IDBFactory.prototype, 'open', function (factory, args) {
      var name = cut(args[0], 200);
      if (state.idb[name] === undefined && state.idbCount < LIMITS.names) {
        state.idbCount++;
        state.idb[name] = caller() || null;
      }
    });
  }

  // ---- Google Consent Mode: consent commands pushed to the data layer -----------------------------------------
  function onDataLayerPush(args) {
    for (var k = 0; k < args.length; k++) {
      var item = args[k];
      if (item && typeof item === 'object' && item[0] === 'consent' && state.gcm.length < LIMITS.gcm) {
        var params = '';
        try {
          params = cut(stringify(item[2]), LIMITS.text);
        } catch (e) {
          params = '';
        }
        call(arrayPush, state.gcm, {
          action: cut(item[1], 40), params: params, script: caller() || null, at: DateNow()
        });
      }
    }
  }
  function watchDataLayer(layer) {
    if (!layer || typeof layer !== 'object') {
      return;
    }
    try {
      for (var k = 0; k < layer.length && k < 200; k++) {
        onDataLayerPush([layer[k]]);
      }
      // A tag manager reads push, keeps it, and sets its own push that calls the kept one (as GTM does).
      // Every function set gets its own recording wrapper; only the outermost call records.
      var depth = 0;
      var recorder = function (fn) {
        var proxy = wrap(function () {
          depth++;
          try {
            return apply(fn, this, arguments);
          } finally {
            depth--;
          }
        }, function (self_, args) {
          if (depth === 0) {
            onDataLayerPush(args);
          }
        });
        mapSet(originals, proxy, fn);
        return proxy;
      };
      var current = recorder(typeof layer.push === 'function' ? layer.push : arrayPush);
      defineProperty(layer, 'push', {
        configurable: true,
        enumerable: false,
        get: function () {
          return current;
        },
        set: function (fn) {
          current = typeof fn === 'function' ? recorder(fn) : fn;
        }
      });
    } catch (e) {
      // leave the data layer alone
    }
  }
  var dataLayer;
  var dataLayerSeen = false;
  try {
    defineProperty(G, 'dataLayer', {
      configurable: true,
      enumerable: true,
      get: function () {
        return dataLayer;
      },
      set: function (value) {
        if (value !== dataLayer) {
          dataLayer = value;
          dataLayerSeen = true;
          watchDataLayer(value);
        }
      }
    });
  } catch (e) {
    // a data layer under another name is read by the Java side from requests (gcs/gcd)
  }

  // ---- collecting ----------------------------------------------------------------------------------------------
  function entries(table, mapper) {
    var out = [];
    var keys = ownKeys(table);
    for (var k = 0; k < keys.length; k++) {
      call(arrayPush, out, mapper(keys[k], table[keys[k]]));
    }
    return out;
  }
  function readArea(area, kind, out) {
    if (!area) {
      return;
    }
    try {
      var n = call(storageLength.get, area);
      for (var k = 0; k < n && k < LIMITS.names; k++) {
        var key = call(storageKey, area, k);
        if (key === null) {
          continue;
        }
        var value = call(storageGetItem, area, key);
        value = value === null ? '' : '' + value;
        var setter = state.storage[kind + '|' + cut(key, 200)];
        var reportedKey = kind + '|' + cut(key, 200);
        var fresh = state.reported.storage[reportedKey] !== value;
        state.reported.storage[reportedKey] = value;
        call(arrayPush, out, {
          kind: kind, key: cut(key, 200), preview: cut(value, 200), length: value.length, fresh: fresh,
          script: setter === undefined ? null : setter
        });
      }
    } catch (e) {
      // storage blocked for this origin
    }
  }
  function withTimeout(promise, millis, fallback) {
    return new PromiseCtor(function (resolve) {
      var done = false;
      setTimeoutFn(function () {
        if (!done) {
          done = true;
          resolve(fallback);
        }
      }, millis);
      try {
        call(promiseThen, promise, function (v) {
          if (!done) {
            done = true;
            resolve(v);
          }
        }, function () {
          if (!done) {
            done = true;
            resolve(fallback);
          }
        });
      } catch (e) {
        done = true;
        resolve(fallback);
      }
    });
  }
  function databases() {
    try {
      var factory = idbGet && idbGet.get ? call(idbGet.get, G) : null;
      if (!factory || typeof idbDatabases !== 'function') {
        return call(promiseResolve, PromiseCtor, []);
      }
      return withTimeout(call(idbDatabases, factory), 1000, []);
    } catch (e) {
      return call(promiseResolve, PromiseCtor, []);
    }
  }
  function tcData() {
    var api = G.__tcfapi;
    if (typeof api !== 'function') {
      return call(promiseResolve, PromiseCtor, null);
    }
    return withTimeout(new PromiseCtor(function (resolve) {
      try {
        api('getTCData', 2, function (data, success) {
          if (!data || typeof data !== 'object') {
            resolve({ present: true, success: !!success });
            return;
          }
          resolve({
            present: true,
            success: !!success,
            tcString: cut(data.tcString || '', 4000),
            cmpId: +data.cmpId || 0,
            gdprApplies: data.gdprApplies === undefined ? null : !!data.gdprApplies,
            eventStatus: cut(data.eventStatus || '', 40),
            cmpStatus: cut(data.cmpStatus || '', 40)
          });
        });
      } catch (e) {
        resolve({ present: true, success: false });
      }
    }), 1000, { present: true, success: false, timedOut: true });
  }
  function observations() {
    var origin = '';
    try {
      origin = '' + G.location.origin;
    } catch (e) {
      origin = '';
    }
    var result = { origin: origin, shared: shared, storage: [], gcmSeen: dataLayerSeen };
    areas();
    readArea(localArea, 'local', result.storage);
    readArea(sessionArea, 'session', result.storage);
    if (!shared) {
      var calls = function (technique) {
        return function (script, e) {
          return { technique: technique, script: script || null, calls: e.calls, detail: e.detail };
        };
      };
      result.fingerprinting = call(arrayConcat, [],
        entries(state.canvas, calls('CANVAS')),
        entries(state.webgl, calls('WEBGL')),
        entries(state.audio, calls('AUDIO')),
        entries(state.fonts, function (script, e) {
          return { technique: 'FONTS', script: script || null, calls: e.calls, families: e.count,
            detail: join(ownKeys(e.how), '+') + ' over ' + e.count + ' font families: '
              + cut(join(ownKeys(e.families), ', '), 200) };
        }),
        entries(state.device, function (script, e) {
          return { technique: 'DEVICE_PROPERTIES', script: script || null, calls: e.count, properties: e.count,
            detail: join(ownKeys(e.props), ', ') };
        }));
      result.cookies = entries(state.cookies, function (name, e) {
        var fresh = state.reported.cookies[name] !== e.at + '|' + e.writes;
        state.reported.cookies[name] = e.at + '|' + e.writes;
        return { name: name, script: e.script, value: e.value, at: e.at, writes: e.writes, deleted: e.deleted,
          via: e.via, fresh: fresh, requestedExpires: e.requested === undefined ? null : e.requested };
      });
      result.consentMode = call(arraySlice, state.gcm, state.reported.gcm);
      state.reported.gcm = state.gcm.length;
      result.stacks = state.stacks;
    }
    return call(promiseThen, call(promiseAll, PromiseCtor, [databases(), tcData()]), function (parts) {
      var dbs = parts[0] || [];
      result.indexedDb = [];
      for (var k = 0; k < dbs.length && k < LIMITS.names; k++) {
        var name = cut(dbs[k] && dbs[k].name, 200);
        var setter = state.idb[name];
        call(arrayPush, result.indexedDb, { name: name, script: setter === undefined ? null : setter });
      }
      var tcf = parts[1];
      if (tcf && !shared) {
        tcf.fresh = state.reported.tcf !== (tcf.tcString || '');
        state.reported.tcf = tcf.tcString || '';
      }
      result.tcf = tcf;
      return stringify(result);
    });
  }

  var collector = function (what) {
    if (what === '__state__') {
      return state;
    }
    return observations();
  };
  mapSet(originals, collector, function () {});
  try {
    defineProperty(G, KEY, { value: collector, enumerable: false, configurable: false, writable: false });
  } catch (e) {
    // nothing to expose
  }
})();
