// The review buttons (templates/admin/offshoring/metric/review_buttons.html) without a page reload:
// the same POST is sent in the background, and the row stays where it is and shows its new state.
// Without JavaScript, or if the request fails, the button submits its form as usual.
(function () {
  "use strict";

  function update(box, data) {
    box.dataset.state = data.state;
    box.querySelector("[data-review-label]").textContent = data.label;
    box.querySelectorAll("[data-review-button]").forEach(function (button) {
      var pressed = button.dataset.reviewButton === data.state;
      button.setAttribute("aria-pressed", pressed ? "true" : "false");
      button.value = pressed ? "auto" : button.dataset.reviewButton;
    });
    var status = box.querySelector("[data-review-status]");
    status.textContent = data.message + " ";
    if (data.history_url) {
      var link = document.createElement("a");
      link.href = data.history_url;
      link.textContent = data.history_label;
      status.appendChild(link);
    }
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-review] button[data-review-button]");
    if (!button || !button.form || !window.fetch) {
      return;
    }
    event.preventDefault();
    var box = button.closest("[data-review]");
    var body = new FormData();
    body.append("csrfmiddlewaretoken", button.form.querySelector("[name=csrfmiddlewaretoken]").value);
    body.append("review_state", button.value);
    box.setAttribute("aria-busy", "true");
    fetch(button.formAction, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
      .then(function (data) {
        update(box, data);
      })
      .catch(function () {
        button.form.requestSubmit(button); // the page answers with the reason
      })
      .finally(function () {
        box.removeAttribute("aria-busy");
      });
  });
})();
