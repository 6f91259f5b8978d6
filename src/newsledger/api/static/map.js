// The map of events: country outlines from the packaged basemap (no tiles, works offline) and the
// events that have coordinates, refetched from the API whenever a filter changes.
(function () {
  "use strict";
  var el = document.getElementById("map");
  var form = document.getElementById("map-filters");
  var status = document.getElementById("map-status");
  var list = document.getElementById("map-list");
  if (!el || !window.L) return;
  var map = L.map(el, { worldCopyJump: true, attributionControl: true }).setView([45, 30], 3);
  map.attributionControl.addAttribution("Outlines: Natural Earth");
  fetch("/static/basemap/countries.geojson").then(function (r) { return r.json(); }).then(function (geo) {
    L.geoJSON(geo, { style: { color: "#6b7b8c", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 }, interactive: false }).addTo(map);
    layer.bringToFront();
  });
  var layer = L.featureGroup().addTo(map);
  var COLORS = ["#b0221a", "#1a56b0", "#1c6b30", "#6a3d9a", "#8a5a00", "#3d3d3d"];
  var colorOf = {};

  function params() {
    var out = new URLSearchParams();
    new FormData(form).forEach(function (v, k) { if (v) out.set(k, v); });
    return out;
  }
  function load() {
    var query = params();
    status.textContent = "Loading events…";
    history.replaceState(null, "", "/map" + (query.toString() ? "?" + query : ""));
    fetch("/api/exports/events.geojson?" + query).then(function (r) {
      if (!r.ok) throw new Error("the server answered " + r.status);
      return r.json();
    }).then(function (geo) {
      layer.clearLayers();
      list.textContent = "";
      geo.features.forEach(function (f) {
        var p = f.properties;
        if (!(p.type in colorOf)) colorOf[p.type] = COLORS[Object.keys(colorOf).length % COLORS.length];
        var c = f.geometry.coordinates;
        var marker = L.circleMarker([c[1], c[0]], { radius: 7, color: "#fff", weight: 1, fillColor: colorOf[p.type], fillOpacity: 0.9 });
        var box = document.createElement("div");
        var a = document.createElement("a");
        a.href = "/events/" + encodeURIComponent(p.id);
        a.className = "event-popup";
        a.textContent = p.type + (p.trigger ? ": " + p.trigger : "");
        box.appendChild(a);
        var info = document.createElement("div");
        info.textContent = [p.actor, p.place, p.time].filter(Boolean).join(" · ");
        box.appendChild(info);
        marker.bindPopup(box);
        marker.addTo(layer);
        var li = document.createElement("li");
        li.className = "map-event";
        li.setAttribute("data-type", p.type);
        li.appendChild(a.cloneNode(true));
        li.appendChild(document.createTextNode(" " + info.textContent));
        list.appendChild(li);
      });
      status.textContent = geo.features.length + " event" + (geo.features.length === 1 ? "" : "s") + " with a place on the map.";
      if (geo.features.length) map.fitBounds(layer.getBounds().pad(0.5), { maxZoom: 3, animate: false });
    }).catch(function (err) { status.textContent = "Could not load events: " + err.message; });
  }
  form.addEventListener("submit", function (e) { e.preventDefault(); load(); });
  form.addEventListener("change", load);
  load();
})();
