/// The console's little JavaScript, served as /static/console.js (the CSP forbids inline script): a select
/// marked `data-autosubmit` submits its form when changed, a form marked `data-confirm` asks first, and a
/// button marked `data-print` prints the page.
enum Script {
    static let text = """
        "use strict";
        document.addEventListener("DOMContentLoaded", function () {
          document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
            select.addEventListener("change", function () { if (select.form) { select.form.submit(); } });
          });
          document.querySelectorAll("form[data-confirm]").forEach(function (form) {
            form.addEventListener("submit", function (event) {
              if (!window.confirm(form.getAttribute("data-confirm"))) { event.preventDefault(); }
            });
          });
          document.querySelectorAll("[data-print]").forEach(function (button) {
            button.addEventListener("click", function () { window.print(); });
          });
        });
        """
}
