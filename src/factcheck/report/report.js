"use strict";
// Progressive enhancement only: the page is complete without this script.
document.addEventListener("DOMContentLoaded", function () {
  document.documentElement.setAttribute("data-js", "ready");
  var box = document.getElementById("only-failing");
  if (box) {
    box.disabled = false;
    box.addEventListener("change", function () {
      document.body.classList.toggle("only-failing", box.checked);
    });
  }
});
