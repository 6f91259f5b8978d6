// Extraction takes a few seconds: say so, and keep the button from sending the form twice.
(function () {
  "use strict";
  var form = document.getElementById("ingest-form");
  if (!form) return;
  form.addEventListener("submit", function () {
    var button = document.getElementById("ingest-submit");
    var status = document.getElementById("ingest-status");
    if (status) status.textContent = "Extracting… this takes a few seconds.";
    if (button) { button.disabled = true; button.setAttribute("aria-busy", "true"); }
  });
})();
