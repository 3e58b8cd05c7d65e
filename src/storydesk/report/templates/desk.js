// Citations reveal the cited sentence and its outlet in place; nothing else needs script.
document.addEventListener("click", function (event) {
  var button = event.target.closest("button.cite");
  if (!button) return;
  var box = document.getElementById(button.getAttribute("aria-controls"));
  if (!box) return;
  var open = button.getAttribute("aria-expanded") === "true";
  button.setAttribute("aria-expanded", open ? "false" : "true");
  box.hidden = open;
});
// The article page's marks legend: switch a kind of mark off and on.
document.addEventListener("change", function (event) {
  var box = event.target.closest("input[data-mark]");
  if (!box) return;
  var main = box.closest(".article-main");
  if (main) main.classList.toggle("off-" + box.getAttribute("data-mark"), !box.checked);
});
