/* Review workbench: keyboard shortcuts, claim panel loading, in-place status updates.
 *
 * No inline scripts or handlers anywhere (CSP: script-src 'self' + nonce), so every behaviour lives
 * here and hooks onto data- attributes. Without JS the pages still work: claim marks are links to
 * the claim page, forms post normally.
 *
 * Keys: j/k next/previous claim, c/d/u verdict, e evidence search, n note, / search, ? help,
 * Esc close. Evidence rows are added and removed by the server (the form's pick/add/remove buttons),
 * the same with or without JS; here we only move the focus to where the reviewer goes next.
 */
(function () {
  "use strict";

  const $ = (sel, root) => (root || document).querySelector(sel);
  const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));
  const TEXT_INPUTS = ["text", "search", "url", "date", "email", "number", "password", ""];

  // Typing in a field must never fire a shortcut; radios, checkboxes and buttons don't count as typing.
  function isTyping(el) {
    if (!el) return false;
    if (el.isContentEditable) return true;
    if (el.tagName === "TEXTAREA" || el.tagName === "SELECT") return true;
    if (el.tagName === "INPUT") return TEXT_INPUTS.includes((el.getAttribute("type") || "").toLowerCase());
    return false;
  }

  /* ---------- help overlay ---------- */
  function setHelp(open) {
    const overlay = $("#help");
    if (!overlay) return;
    overlay.hidden = !open;
    if (open) {
      const close = $("[data-help-close]", overlay);
      if (close) close.focus();
    }
  }
  document.addEventListener("click", (event) => {
    if (event.target.closest("[data-help-open]")) setHelp(true);
    else if (event.target.closest("[data-help-close]") || event.target.id === "help") setHelp(false);
  });

  /* ---------- article page: claim marks and the panel ---------- */
  const marks = () => $$(".claim-mark");
  const selectedMark = () => $(".claim-mark.is-selected");

  function openClaim(mark, push) {
    if (!mark) return;
    const href = mark.getAttribute("href");
    if (!window.htmx || !$("#panel")) {
      window.location.href = href;
      return;
    }
    marks().forEach((m) => {
      m.classList.toggle("is-selected", m === mark);
      if (m === mark) m.setAttribute("aria-current", "true");
      else m.removeAttribute("aria-current");
    });
    mark.scrollIntoView({ block: "nearest", behavior: "smooth" });
    window.htmx.ajax("GET", href, { target: "#panel", swap: "innerHTML" }).then(() => {
      if (push !== false) window.history.pushState({ claim: mark.dataset.claim }, "", href);
    });
  }

  // Clicks on a claim in the text load its panel in place (the text container carries hx-disable,
  // so this is done here rather than with hx-get on each mark).
  document.addEventListener("click", (event) => {
    const mark = event.target.closest(".claim-mark");
    if (!mark || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    openClaim(mark);
  });

  window.addEventListener("popstate", (event) => {
    if (event.state && event.state.htmx) return; // htmx restores its own history entries
    if ($("#panel")) window.location.reload();
  });

  function step(delta) {
    const all = marks();
    if (all.length) {
      const current = all.indexOf(selectedMark());
      let next = current === -1 ? (delta > 0 ? 0 : all.length - 1) : current + delta;
      next = Math.max(0, Math.min(all.length - 1, next));
      if (next !== current) openClaim(all[next]);
      return;
    }
    // Queue page: move a highlight over the rows; Enter opens the claim.
    const rows = $$("[data-claim-row]");
    if (!rows.length) return;
    const current = rows.findIndex((r) => r.classList.contains("is-selected"));
    let next = current === -1 ? 0 : current + delta;
    next = Math.max(0, Math.min(rows.length - 1, next));
    rows.forEach((r, i) => r.classList.toggle("is-selected", i === next));
    const link = $(".claim-cell a", rows[next]);
    if (link) link.focus();
  }

  /* ---------- verdict form ---------- */
  const DEFAULT_STANCE = { corroborated: "supports", disputed: "contradicts" };

  function applyVerdictVisibility(form) {
    if (!form) return;
    const chosen = $("input[name=value]:checked", form);
    const value = chosen ? chosen.value : "";
    $$("[data-show-for]", form).forEach((el) => {
      const values = el.dataset.showFor.split(" ");
      // Never hide evidence already cited or an error: hidden rows would still be posted.
      const keep = el.querySelector(".ev-item, .error");
      el.hidden = !values.includes(value || "none") && !keep;
    });
    $$(".vbtn", form).forEach((label) => {
      const input = $("input", label);
      label.classList.toggle("is-on", !!(input && input.checked));
    });
  }

  function chooseVerdict(key) {
    const form = $("[data-verdict-form]");
    if (!form) return;
    const radio = $(`input[data-verdict-key="${key}"]`, form);
    if (!radio) return;
    radio.checked = true;
    const stance = DEFAULT_STANCE[radio.value];
    if (stance) {
      $$("select[data-stance]", form).forEach((select) => {
        if (!select.dataset.touched) select.value = stance;
      });
    }
    applyVerdictVisibility(form);
    if (radio.value === "unverifiable") {
      const reason = $("select[name=reason]", form);
      if (reason) reason.focus();
    }
  }

  function focusEvidence() {
    const box = $("[data-evidence-search]");
    if (!box) return;
    const fieldset = box.closest("[data-show-for]");
    if (fieldset) fieldset.hidden = false;
    box.focus();
    box.select();
  }

  // After the server re-renders the form (a pick, an added row, a search, errors), put the focus
  // where the reviewer goes next: the new row's strength, the first candidate, the search box.
  function applyFocus() {
    const form = $("[data-verdict-form][data-focus]");
    if (!form) return;
    const where = form.dataset.focus;
    delete form.dataset.focus;
    let el = null;
    if (where === "first-candidate") el = $("[data-candidate]", form);
    if (!el) el = document.getElementById(where === "first-candidate" ? "evidence-q" : where);
    if (!el) return;
    const fieldset = el.closest("[data-show-for]");
    if (fieldset) fieldset.hidden = false;
    el.focus();
    el.scrollIntoView({ block: "nearest" });
  }

  function moveCandidate(from, delta) {
    const all = $$("[data-candidate]");
    const next = all.indexOf(from) + delta;
    if (next < 0) {
      const box = $("[data-evidence-search]");
      if (box) box.focus();
    } else if (next < all.length) {
      all[next].focus();
    }
  }

  document.addEventListener("change", (event) => {
    const form = event.target.closest("[data-verdict-form]");
    if (!form) return;
    if (event.target.name === "value") applyVerdictVisibility(form);
    if (event.target.tagName === "SELECT") event.target.dataset.touched = "1";
  });

  /* ---------- keyboard ---------- */
  document.addEventListener("keydown", (event) => {
    const target = event.target;
    const help = $("#help");

    if (event.key === "Escape") {
      if (help && !help.hidden) setHelp(false);
      else if (isTyping(target)) target.blur();
      return;
    }

    // Ctrl/Cmd+Enter saves the verdict from anywhere inside its form.
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      const form = target.closest && target.closest("[data-verdict-form]");
      if (form) {
        event.preventDefault();
        // Focus first: htmx sends the last focused or clicked button, and this one means "save".
        const save = $("[data-save]", form);
        if (save) save.focus();
        form.requestSubmit(save || undefined);
      }
      return;
    }

    // In the evidence search box: ↓ (or Enter) moves into the candidates; Enter never submits.
    if (target.matches && target.matches("[data-evidence-search]")) {
      if (event.key === "ArrowDown" || event.key === "Enter") {
        event.preventDefault();
        const first = $("[data-candidate]");
        if (first) first.focus();
        else if (event.key === "Enter" && window.htmx) window.htmx.trigger(target, "search");
      }
      return;
    }
    // On a candidate: ↓/↑ move, Enter or Space cite it (it is a submit button named "pick").
    if (target.matches && target.matches("[data-candidate]")) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        moveCandidate(target, event.key === "ArrowDown" ? 1 : -1);
        return;
      }
    }

    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(target)) return;
    if (help && !help.hidden && event.key !== "?") return;

    switch (event.key) {
      case "j":
        step(1);
        break;
      case "k":
        step(-1);
        break;
      case "c":
      case "d":
      case "u":
        chooseVerdict(event.key);
        break;
      case "e":
        focusEvidence();
        break;
      case "n": {
        const note = $("[data-verdict-form] textarea[name=note]");
        if (!note) return;
        note.focus();
        break;
      }
      case "/": {
        const box = $("[data-search-box]") || $("[data-evidence-search]");
        if (box) box.focus();
        else window.location.href = "/#search";
        break;
      }
      case "?":
        setHelp(help ? help.hidden : false);
        break;
      default:
        return;
    }
    event.preventDefault();
  });

  /* ---------- in-place updates after a save ---------- */
  // The server sends HX-Trigger: {"claims-changed": {"claim", "status", "label"}}; recolour the
  // claim's mark and any queue row chip. The progress bar reloads itself (hx-trigger from:body).
  document.body.addEventListener("claims-changed", (event) => {
    const detail = event.detail || {};
    const data = detail.value && typeof detail.value === "object" ? detail.value : detail;
    if (!data.claim) return;
    const mark = document.getElementById(`claim-${data.claim}`);
    if (mark) {
      Array.from(mark.classList)
        .filter((name) => name.startsWith("st-"))
        .forEach((name) => mark.classList.remove(name));
      mark.classList.add(`st-${data.status}`);
      mark.dataset.status = data.status;
      const parts = (mark.getAttribute("title") || "").split(" · ");
      parts[parts.length - 1] = data.label;
      mark.setAttribute("title", parts.join(" · "));
    }
    $$(`[data-claim-row="${data.claim}"] [data-status-chip]`).forEach((chip) => {
      chip.className = `chip chip-${data.status}`;
      chip.textContent = data.label;
    });
  });

  /* ---------- failed htmx requests: say so (htmx does not swap 4xx/5xx responses) ---------- */
  let toastTimer = null;
  function toast(kind) {
    const box = $("#toast");
    if (!box) return;
    box.textContent = box.dataset[`msg${kind.charAt(0).toUpperCase()}${kind.slice(1)}`] || box.dataset.msgError;
    box.hidden = false;
    window.clearTimeout(toastTimer);
    toastTimer = window.setTimeout(() => { box.hidden = true; }, 8000);
  }
  document.body.addEventListener("htmx:responseError", (event) => {
    const status = event.detail.xhr ? event.detail.xhr.status : 0;
    toast(status === 403 ? "403" : status === 404 ? "404" : "error");
  });
  document.body.addEventListener("htmx:sendError", () => toast("offline"));
  document.addEventListener("click", (event) => {
    if (event.target.id === "toast") event.target.hidden = true;
  });

  function settle() {
    applyVerdictVisibility($("[data-verdict-form]"));
    applyFocus();
  }
  document.body.addEventListener("htmx:afterSettle", settle);
  document.addEventListener("DOMContentLoaded", () => {
    settle();
    if (window.location.hash === "#search") {
      const box = $("[data-search-box]");
      if (box) box.focus();
    }
    const mark = selectedMark();
    if (mark) mark.scrollIntoView({ block: "center" });
  });
  if (document.readyState !== "loading") settle();
})();
