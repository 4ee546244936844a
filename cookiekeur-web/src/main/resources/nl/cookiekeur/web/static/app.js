// Cookiekeur web app: progressive enhancement only; every page works without this script.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var printable = document.querySelector("body.print .print-note");
  if (printable) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "primary";
    button.textContent = document.documentElement.lang === "en" ? "Print" : "Afdrukken";
    button.addEventListener("click", function () { window.print(); });
    printable.appendChild(document.createTextNode(" "));
    printable.appendChild(button);
  }

  // Live scan progress: the server sends the state as it changes; the page reloads when the scan ends.
  var progress = document.getElementById("scan-progress");
  if (progress && progress.getAttribute("data-running") === "1" && window.EventSource) {
    var source = new EventSource(progress.getAttribute("data-source"));
    source.addEventListener("progress", function (event) {
      var state = JSON.parse(event.data);
      ["phase", "page", "pages", "cookies", "requests", "url"].forEach(function (name) {
        var field = progress.querySelector("[data-field=" + name + "]");
        var value = String(state[name]);
        if (name === "phase") {
          value = progress.getAttribute("data-phase-" + value) || value;
        }
        if (field) { field.textContent = value; }
      });
      if (state.status !== "running") {
        source.close();
        window.location.reload();
      }
    });
  }
});
