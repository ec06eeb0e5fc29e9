// The tomtat page: send articles, show the digest with provenance. Every piece of article text is
// put into the page as text (see dom.js), never parsed as HTML.
import { el, clear } from "./dom.js";
import { renderAnalysis } from "./analysis.js";

const $ = (id) => document.getElementById(id);
const form = $("input"), statusLine = $("status"), result = $("result");
let pickedFiles = [];

async function api(method, url, body) {
  const init = { method, headers: { Accept: "application/json" } };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers["Content-Type"] = "application/json";
  }
  const response = await fetch(url, init);
  if (response.status === 204) return null;
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const message = data && data.error ? data.error.message : `HTTP ${response.status}`;
    throw new Error(message);
  }
  return data;
}

function setStatus(text, kind = "") {
  statusLine.textContent = text;
  statusLine.className = `status ${kind}`;
}

function splitArticles(text) {
  return text.split(/^[ \t]*---[ \t]*$/m).map((part) => part.trim()).filter(Boolean);
}

function sourceLabel(doc) {
  return `[${doc + 1}]`;
}

/** Highlight the given source sentences in the articles and scroll the first into view. */
export function highlight(sources, trigger) {
  for (const node of document.querySelectorAll(".src.hl, .active")) node.classList.remove("hl", "active");
  if (trigger) trigger.classList.add("active");
  let first = null;
  for (const ref of sources || []) {
    const node = document.getElementById(`s-${ref.doc}-${ref.sentence}`);
    if (!node) continue;
    node.classList.add("hl");
    first = first || node;
  }
  if (first) first.scrollIntoView({ behavior: "smooth", block: "center" });
}

/** Chips naming the articles of `sources`; a chip highlights that article's source sentences. */
export function sourceChips(sources) {
  const docs = [...new Set((sources || []).map((ref) => ref.doc))].sort((a, b) => a - b);
  return el("span", { className: "chips" }, docs.map((doc) => el("button", {
    type: "button", className: `chip doc-${doc % 8}`, title: `Bài ${doc + 1}`,
    onclick: (event) => {
      event.stopPropagation();
      highlight(sources.filter((ref) => ref.doc === doc), event.currentTarget);
    },
  }, sourceLabel(doc))));
}

function summaryCard(digest) {
  const items = digest.summary.sentences.map((sentence, i) => {
    const item = el("li", {
      className: "sum-sentence", tabindex: "0", role: "button", dataset: { index: String(i) },
      title: "Bấm để xem câu gốc",
    }, el("span", { className: "text" }, sentence.text), " ", sourceChips(sentence.sources));
    const show = () => highlight(sentence.sources, item);
    item.addEventListener("click", show);
    item.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); show(); }
    });
    return item;
  });
  const created = digest.created ? new Date(digest.created).toLocaleString("vi-VN") : "";
  const meta = [`${digest.article_count} bài`, digest.words ? `${digest.words} âm tiết tối đa` : "", created];
  return el("section", { className: "card summary", id: "summary" },
    el("h2", {}, digest.title || "Bản tóm tắt"),
    el("p", { className: "meta" }, meta.filter(Boolean).join(" · ")),
    el("ol", { className: "sum-list" }, items),
    digest.notes && digest.notes.length ? el("ul", { className: "notes" }, digest.notes.map((n) => el("li", {}, n))) : null);
}

function articlesCard(digest) {
  return el("section", { className: "card articles", id: "articles-view" },
    el("h2", {}, "Bài gốc"),
    el("div", { className: "article-grid" }, digest.articles.map((article) => el("article", {
      className: `source-article doc-${article.doc % 8}`, id: `doc-${article.doc}`,
    },
    el("h3", {}, el("span", { className: `chip doc-${article.doc % 8}` }, sourceLabel(article.doc)), " ",
      article.title || article.source || `Bài ${article.doc + 1}`),
    article.source && article.title ? el("p", { className: "meta" }, article.source) : null,
    el("p", { className: "body" }, article.sentences.map((s) => [el("span", {
      className: s.in_lead ? "src lead" : "src", id: `s-${article.doc}-${s.position}`,
      dataset: { doc: String(article.doc), sentence: String(s.position) },
    }, s.text), " "]))))));
}

function showDigest(digest) {
  clear(result);
  result.append(summaryCard(digest), renderAnalysis(digest.analysis, { sourceChips, highlight }), articlesCard(digest));
  document.title = `${digest.title || "Tóm tắt"} — tomtat`;
}

async function openDigest(id) {
  try {
    setStatus("Đang mở…");
    showDigest(await api("GET", `/api/clusters/${encodeURIComponent(id)}`));
    setStatus("");
    markCurrent(id);
  } catch (error) {
    setStatus(`Không mở được: ${error.message}`, "error");
  }
}

async function openEvent(id) {
  try {
    setStatus("Đang mở sự kiện…");
    const event = await api("GET", `/api/events/${encodeURIComponent(id)}`);
    showDigest({
      id: event.event_id, title: event.title, created: event.last_seen, article_count: event.article_count,
      summary: event.summary, articles: event.sentences, analysis: event.analysis, notes: event.notes,
    });
    setStatus("");
  } catch (error) {
    setStatus(`Không mở được sự kiện: ${error.message}`, "error");
  }
}

async function loadEvents() {
  try {
    const page = await api("GET", "/api/events?limit=10");
    const list = clear($("events"));
    $("events-card").hidden = page.total === 0;
    for (const item of page.items) {
      const when = item.last_seen ? new Date(item.last_seen).toLocaleString("vi-VN") : "";
      list.append(el("li", { dataset: { id: item.event_id } },
        el("a", { href: `#e=${encodeURIComponent(item.event_id)}`, className: "open" }, item.title || item.event_id),
        el("span", { className: "meta" }, `${item.article_count} bài · ${when}`)));
    }
  } catch (error) {
    $("events-card").hidden = true;
  }
}

function route() {
  const hash = location.hash;
  if (hash.startsWith("#d=")) openDigest(hash.slice(3));
  else if (hash.startsWith("#e=")) openEvent(decodeURIComponent(hash.slice(3)));
}

function markCurrent(id) {
  for (const item of document.querySelectorAll("#history li")) item.classList.toggle("current", item.dataset.id === id);
}

async function loadHistory() {
  const list = $("history");
  try {
    const page = await api("GET", "/api/clusters?limit=20");
    clear(list);
    if (!page.items.length) list.append(el("li", { className: "muted" }, "Chưa có."));
    for (const item of page.items) {
      const when = new Date(item.created).toLocaleString("vi-VN");
      list.append(el("li", { dataset: { id: item.id } },
        el("a", { href: `#d=${item.id}`, className: "open" }, item.title || "(không tiêu đề)"),
        el("span", { className: "meta" }, `${item.article_count} bài · ${when}`),
        el("button", {
          type: "button", className: "delete", title: "Xoá bản tóm tắt này",
          onclick: async () => {
            try { await api("DELETE", `/api/clusters/${encodeURIComponent(item.id)}`); } catch (error) {
              setStatus(`Không xoá được: ${error.message}`, "error");
            }
            loadHistory();
          },
        }, "Xoá")));
    }
    markCurrent(location.hash.slice(3));
  } catch (error) {
    clear(list).append(el("li", { className: "error" }, `Không tải được danh sách: ${error.message}`));
  }
}

function showFiles() {
  const list = clear($("file-list"));
  for (const file of pickedFiles) list.append(el("li", {}, file.name));
}

function addFiles(files) {
  pickedFiles = pickedFiles.concat([...files].filter((f) => /\.(txt|html?)$/i.test(f.name)));
  showFiles();
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const text = $("articles").value;
  const words = Number($("words").value) || 120;
  let body;
  if (pickedFiles.length) {
    body = new FormData();
    body.append("text", text);
    body.append("words", String(words));
    for (const file of pickedFiles) body.append("files", file, file.name);
  } else {
    const articles = splitArticles(text).map((part) => ({ text: part }));
    if (!articles.length) { setStatus("Hãy dán ít nhất một bài báo hoặc chọn tệp.", "error"); return; }
    body = { articles, words };
  }
  $("submit").disabled = true;
  setStatus("Đang tóm tắt…");
  try {
    const digest = await api("POST", "/api/clusters", body);
    history.replaceState(null, "", `#d=${digest.id}`);
    showDigest(digest);
    setStatus("Xong.", "ok");
    pickedFiles = [];
    showFiles();
    await loadHistory();
  } catch (error) {
    setStatus(`Lỗi: ${error.message}`, "error");
  } finally {
    $("submit").disabled = false;
  }
});

const drop = $("drop");
drop.addEventListener("dragover", (event) => { event.preventDefault(); drop.classList.add("over"); });
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (event) => {
  event.preventDefault();
  drop.classList.remove("over");
  addFiles(event.dataTransfer.files);
});
$("files").addEventListener("change", (event) => { addFiles(event.target.files); event.target.value = ""; });

window.addEventListener("hashchange", route);
loadHistory();
loadEvents();
route();
