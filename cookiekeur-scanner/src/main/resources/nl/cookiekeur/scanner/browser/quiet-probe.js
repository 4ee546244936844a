// Cookiekeur quiet probe: tells the scanner when the page's short timers (setTimeout up to 10 s) have run,
// so it can wait for delayed trackers without sleeping blindly. A timer that re-arms itself from its own
// callback with the same delay (polling) is not waited for. Runs before the site's code in every frame.
(() => {
  const KEY = '__cookiekeurQuiet';
  if (Object.prototype.hasOwnProperty.call(window, KEY)) return;
  const LIMIT = 10000;
  const due = new Map();
  const nativeSet = window.setTimeout;
  const nativeClear = window.clearTimeout;
  const nativeToString = Function.prototype.toString;
  let runningDelay = -1;
  function setTimeout(callback, delay, ...rest) {
    const wait = Math.max(0, Number(delay) || 0);
    if (typeof callback !== 'function') return nativeSet.call(this, callback, delay, ...rest);
    const repeating = runningDelay === wait;
    let id = 0;
    const wrapped = function () {
      due.delete(id);
      const before = runningDelay;
      runningDelay = wait;
      try { return callback.apply(this, arguments); } finally { runningDelay = before; }
    };
    id = nativeSet.call(this, wrapped, delay, ...rest);
    if (!repeating && wait <= LIMIT && due.size < 1000) due.set(id, performance.now() + wait);
    return id;
  }
  function clearTimeout(id) {
    due.delete(id);
    return nativeClear.call(this, id);
  }
  const names = new Map([[setTimeout, 'setTimeout'], [clearTimeout, 'clearTimeout']]);
  const toString = function () {
    const name = names.get(this);
    return name ? 'function ' + name + '() { [native code] }' : nativeToString.call(this);
  };
  names.set(toString, 'toString');
  Function.prototype.toString = toString;
  window.setTimeout = setTimeout;
  window.clearTimeout = clearTimeout;
  Object.defineProperty(window, KEY, {
    enumerable: false,
    value: () => {
      const now = performance.now();
      let last = 0;
      for (const [id, at] of due) {
        if (at < now - 1000) due.delete(id); else if (at - now > last) last = at - now;
      }
      return Math.ceil(last);
    },
  });
})();
