import { initAll } from "./vendor/govuk-frontend.min.js";

document.body.classList.add("js-enabled");
if ("noModule" in HTMLScriptElement.prototype) {
  document.body.classList.add("govuk-frontend-supported");
  initAll();
}

// A page showing work still running (data-reload-after, in seconds) reloads itself to show how far it has got.
const running = document.querySelector("[data-reload-after]");
if (running) {
  setTimeout(() => window.location.reload(), Number(running.dataset.reloadAfter) * 1000);
}
