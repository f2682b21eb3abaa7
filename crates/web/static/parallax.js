// parallax: the one script of the pages, optional. It lets the claim table's status boxes hide
// and show rows; without it every row is shown.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var boxes = document.querySelectorAll(".claim-filter input[type=checkbox]");
  boxes.forEach(function (box) {
    box.addEventListener("change", function () {
      document.querySelectorAll("#claims tbody.group-" + box.value).forEach(function (group) {
        group.hidden = !box.checked;
      });
    });
  });
});
