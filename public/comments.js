// Progressive enhancement of the comment form (the form works without it): posts in place with a
// pending state, moves the form under the comment being answered, and fetches a view token when
// the page opens, from which the server measures how long the form was open (a bot check).
// No framework: reader pages ship no React. Its words come from the form's data attributes
// (data-reply-heading, data-leave-reply, data-sending…), in the page's language.
(function () {
  "use strict";
  if (window.__vestnikComments) return;
  window.__vestnikComments = true;

  function fetchViewToken() {
    var article = document.querySelector("form.comment-form input[name=comment_post_ID]");
    if (!article) return Promise.resolve("");
    return fetch("/api/comments/token?article=" + encodeURIComponent(article.value), { credentials: "same-origin", cache: "no-store" })
      .then(function (response) { return response.ok ? response.json() : { token: "" }; })
      .then(function (body) { return body.token || ""; })
      .catch(function () { return ""; });
  }
  var viewToken = fetchViewToken();
  var home = null; // where #respond lives when not answering a comment

  function respond() { return document.getElementById("respond"); }
  function wordsOf(box) { return box ? box.dataset : {}; }

  function setReply(id, author) {
    var box = respond();
    if (!box) return;
    var parent = document.getElementById("comment_parent");
    var title = document.getElementById("reply-title");
    var cancel = document.getElementById("cancel-comment-reply-link");
    var words = wordsOf(box);
    if (parent) parent.value = id ? String(id) : "0";
    if (title && title.firstChild) title.firstChild.nodeValue = (id ? words.replyHeading.split("{name}").join(author) : words.leaveReply) + " ";
    if (cancel) cancel.hidden = !id;
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.comment-reply-link");
    var cancel = event.target.closest && event.target.closest("#cancel-comment-reply-link");
    var box = respond();
    if (!box) return;
    if (link) {
      event.preventDefault();
      if (!home) {
        home = document.createElement("div");
        home.id = "respond-home";
        box.parentNode.insertBefore(home, box);
      }
      link.closest("article").after(box);
      setReply(link.getAttribute("data-reply-to"), link.getAttribute("data-author"));
      document.getElementById("comment").focus();
    } else if (cancel) {
      event.preventDefault();
      if (home) home.after(box);
      setReply(null, "");
      document.getElementById("comment").focus();
    }
  });

  function announce(text, isError) {
    var box = respond();
    var message = box && box.querySelector(".form-message");
    if (!message) return;
    message.setAttribute("role", isError ? "alert" : "status");
    message.className = "form-message form-message--" + (isError ? "refused" : "pending");
    message.textContent = text;
  }

  function parse(html) { return new DOMParser().parseFromString(html, "text/html"); }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("form.comment-form")) return;
    event.preventDefault();
    var button = form.querySelector("button[type=submit]");
    var label = button.textContent;
    var parentId = document.getElementById("comment_parent").value;
    var title = document.getElementById("reply-title").firstChild.nodeValue;
    var data = new FormData(form);
    var words = wordsOf(respond());
    data.set("js", "1");
    button.disabled = true;
    button.textContent = words.sending;
    form.setAttribute("aria-busy", "true");
    announce(words.sendingComment, false);

    function restore() {
      button.disabled = false;
      button.textContent = label;
      form.removeAttribute("aria-busy");
    }

    viewToken
      .then(function (token) {
        if (token) data.set("view_token", token);
        return fetch(form.getAttribute("action") || location.pathname, { method: "POST", body: data, credentials: "same-origin" });
      })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var answer = parse(html).getElementById("respond");
        if (!answer) throw new Error("no form in the answer");
        var status = answer.getAttribute("data-comment-status");
        if (status !== "published" && status !== "held") {
          var box = respond();
          box.replaceWith(answer);
          document.getElementById("comment_parent").value = parentId;
          document.getElementById("reply-title").firstChild.nodeValue = title;
          document.getElementById("cancel-comment-reply-link").hidden = parentId === "0";
          var invalid = answer.querySelector("[aria-invalid=true]");
          (invalid || answer.querySelector(".form-message")).focus();
          return;
        }
        var id = answer.getAttribute("data-comment-id");
        var text = answer.querySelector(".form-message").textContent;
        return fetch(location.pathname, { credentials: "same-origin" })
          .then(function (response) { return response.text(); })
          .then(function (page) {
            var fresh = parse(page).getElementById("comments");
            home = null;
            document.getElementById("comments").replaceWith(fresh);
            announce(text, false);
            var mine = document.getElementById("comment-" + id);
            if (mine) {
              mine.setAttribute("tabindex", "-1");
              mine.scrollIntoView({ block: "center" });
              mine.focus({ preventScroll: true });
            }
          });
      })
      .catch(function () {
        restore();
        announce(words.sendFailed, true);
      });
  });
})();
