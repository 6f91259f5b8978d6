// The article view: show the record behind a highlight on hover or focus; toggle kinds of highlight.
(function () {
  "use strict";
  var data = document.getElementById("records");
  var panel = document.getElementById("panel");
  var text = document.getElementById("text");
  if (!data || !panel || !text) return;
  var records = JSON.parse(data.textContent);
  var FIELDS = ["label", "name", "type", "value", "country", "speaker", "via", "modality", "lat", "lon"];

  function show(el) {
    var refs = (el.getAttribute("data-refs") || "").split(" ");
    panel.textContent = "";
    refs.forEach(function (ref) {
      var rec = records[ref];
      if (!rec) return;
      var dl = document.createElement("dl");
      var head = document.createElement("dt");
      head.textContent = rec.kind;
      dl.appendChild(head);
      FIELDS.forEach(function (f) {
        var v = rec[f];
        if (v === null || v === undefined || v === "" || (Array.isArray(v) && !v.length) || f === "label" && rec.kind !== "event" && rec.kind !== "quote") return;
        var dd = document.createElement("dd");
        dd.textContent = (f === "label" ? "" : f + ": ") + (Array.isArray(v) ? v.join(", ") : v);
        dl.appendChild(dd);
      });
      if (rec.href) {
        var dd = document.createElement("dd");
        var a = document.createElement("a");
        a.href = rec.href;
        a.textContent = "open " + rec.kind;
        dd.appendChild(a);
        dl.appendChild(dd);
      }
      panel.appendChild(dl);
    });
    text.querySelectorAll(".hl.active").forEach(function (x) { x.classList.remove("active"); });
    el.classList.add("active");
  }
  text.addEventListener("mouseover", function (e) { var el = e.target.closest(".hl"); if (el) show(el); });
  text.addEventListener("focusin", function (e) { var el = e.target.closest(".hl"); if (el) show(el); });
  document.querySelectorAll(".legend input[data-kind]").forEach(function (box) {
    box.addEventListener("change", function () { text.classList.toggle("off-" + box.getAttribute("data-kind"), !box.checked); });
  });
})();
