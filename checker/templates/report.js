"use strict";
(function () {
  var form = document.getElementById("filters");
  var findings = Array.prototype.slice.call(document.querySelectorAll(".finding"));
  var shown = document.getElementById("shown");
  if (!form) { return; }
  form.hidden = false;
  function value(name) { return form.elements[name].value; }
  function apply() {
    var sev = value("severity"), code = value("code"), metric = value("metric"), doc = value("document");
    var query = value("q").trim().toLowerCase();
    var n = 0;
    findings.forEach(function (el) {
      var docs = JSON.parse(el.getAttribute("data-documents"));
      var ok = (!sev || el.getAttribute("data-severity") === sev) &&
               (!code || el.getAttribute("data-code") === code) &&
               (!metric || el.getAttribute("data-metric") === metric) &&
               (!doc || docs.indexOf(doc) >= 0) &&
               (!query || el.textContent.toLowerCase().indexOf(query) >= 0);
      el.hidden = !ok;
      if (ok) { n += 1; }
    });
    shown.textContent = n + " of " + findings.length + " findings shown";
  }
  form.addEventListener("input", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  window.addEventListener("beforeprint", function () {
    findings.forEach(function (el) { el.open = true; });
  });
  document.addEventListener("click", function (e) {
    var link = e.target.closest ? e.target.closest("a.to-document") : null;
    if (!link) { return; }
    var target = document.getElementById(link.getAttribute("href").slice(1));
    if (target) {
      Array.prototype.forEach.call(document.querySelectorAll("mark.current"), function (m) {
        m.classList.remove("current");
      });
      target.classList.add("current");
    }
  });
  apply();
})();
