/*
 * The banner preview's shim, loaded before the ledger's real banner.js in a sandboxed frame (no same-origin
 * rights, so no real cookies and no network beyond this server's files). It gives the banner the unsaved
 * draft instead of the published configuration, keeps the consent cookie in memory, and records nothing:
 * a choice made in the preview only marks the page (data-preview-choice) and never reaches the ledger.
 */
(function () {
  'use strict';
  var jar = [];
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: function () {
      return jar.join('; ');
    },
    set: function (value) {
      var pair = String(value).split(';')[0];
      var name = pair.split('=')[0].trim();
      jar = jar.filter(function (c) {
        return c.split('=')[0] !== name;
      });
      if (!/max-age=0(;|$)/i.test(String(value).replace(/\s/g, ''))) {
        jar.push(pair);
      }
    }
  });
  window.fetch = function (url, options) {
    var path = String(url);
    if (/\/v1\/sites\/[^/]+\/config$/.test(path)) {
      var draft = document.getElementById('ck-draft').getAttribute('data-config');
      return Promise.resolve(new Response(draft, {status: 200, headers: {'Content-Type': 'application/json'}}));
    }
    if (/\/v1\/sites\/[^/]+\/consents$/.test(path)) {
      var action = JSON.parse(options && options.body || '{}').action || '';
      document.documentElement.setAttribute('data-preview-choice', action);
      return Promise.resolve(new Response('{}', {status: 201, headers: {'Content-Type': 'application/json'}}));
    }
    return Promise.reject(new TypeError('preview: no network'));
  };
})();
