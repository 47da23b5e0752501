// Draws the Plotly figures of the page from its json_script data island, and turns a click on a
// bar, point or bubble into a visit of the table filtered to the rows behind it (the URL is the
// point's customdata, built on the server).
(function () {
  "use strict";
  var island = document.getElementById("chart-data");
  if (!island || typeof Plotly === "undefined") return;
  var figures = JSON.parse(island.textContent);
  var config = { responsive: true, displaylogo: false, modeBarButtonsToRemove: ["select2d", "lasso2d"] };
  document.querySelectorAll("[data-chart]").forEach(function (element) {
    var figure = figures[element.dataset.chart];
    if (!figure) return;
    Plotly.newPlot(element, figure.data, figure.layout, config).then(function () {
      element.dataset.rendered = "true";
    });
    element.on("plotly_click", function (event) {
      var point = event.points && event.points[0];
      if (point && typeof point.customdata === "string") window.location.assign(point.customdata);
    });
  });
})();
