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
});
