// The analysis part of a digest: conflicts, facts, entities, timeline, attributions, unconfirmed claims.
import { el } from "./dom.js";

const ENTITY_TYPES = {
  PER: "Người", PERSON: "Người", ORG: "Tổ chức", ORGANIZATION: "Tổ chức", LOC: "Địa điểm", LOCATION: "Địa điểm",
  GPE: "Địa điểm", MISC: "Khác", OTHER: "Khác",
};

const list = (value) => (Array.isArray(value) ? value : []);
const refKey = (ref) => `${ref.doc}:${ref.sentence}`;

function section(id, title, count, ...body) {
  return el("section", { className: `card ${id}`, id }, el("h2", {}, title, count !== null ? el("span", { className: "count" }, String(count)) : null), ...body);
}

/** Which facts take part in a conflict: same subject (`about`) or a source sentence shared with a conflicting value. */
function conflictMarks(facts, conflicts) {
  const abouts = new Set(), refs = new Set();
  for (const conflict of conflicts) {
    if (conflict.about) abouts.add(String(conflict.about).toLowerCase());
    for (const value of list(conflict.values)) for (const ref of list(value.sources)) refs.add(refKey(ref));
  }
  return facts.map((fact) => (fact.about && abouts.has(String(fact.about).toLowerCase()))
    || list(fact.sources).some((ref) => refs.has(refKey(ref))));
}

/** ISO dates as Vietnamese day/month/year; "--MM-DD" (year unknown) as day/month. */
function formatDate(value) {
  const text = String(value || "");
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (m) return `${Number(m[3])}/${Number(m[2])}/${m[1]}`;
  m = /^--(\d{2})-(\d{2})$/.exec(text);
  if (m) return `${Number(m[2])}/${Number(m[1])}`;
  m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m) return `tháng ${Number(m[2])}/${m[1]}`;
  return text;
}

function formatValue(fact) {
  const approx = fact.approx ? "~" : "";
  const value = typeof fact.value === "number" ? fact.value.toLocaleString("vi-VN") : String(fact.value ?? "");
  return `${approx}${value}${fact.unit ? ` ${fact.unit}` : ""}`;
}

function conflictsCard(conflicts, ui) {
  if (!conflicts.length) return null;
  return section("conflicts", "Các nguồn nói khác nhau", conflicts.length,
    el("ul", { className: "conflict-list" }, conflicts.map((conflict) => el("li", { className: "conflict" },
      el("p", { className: "about" }, "⚠ ", conflict.about || "Số liệu"),
      el("ul", { className: "values" }, list(conflict.values).map((value) => el("li", {},
        el("b", { className: "value" }, value.text || String(value.value ?? "")), " ",
        ui.sourceChips(list(value.sources)))))))));
}

function factsCard(facts, conflicts, ui) {
  if (!facts.length) return null;
  const marks = conflictMarks(facts, conflicts);
  return section("facts", "Số liệu", facts.length,
    el("table", { className: "facts-table" },
      el("thead", {}, el("tr", {}, el("th", {}, "Số liệu"), el("th", {}, "Về"), el("th", {}, "Giá trị"), el("th", {}, "Nguồn"))),
      el("tbody", {}, facts.map((fact, i) => el("tr", { className: marks[i] ? "conflict" : "" },
        el("td", { className: "fact" }, fact.text || formatValue(fact),
          marks[i] ? el("span", { className: "badge", title: "Các nguồn nói khác nhau" }, "mâu thuẫn") : null),
        el("td", {}, fact.about || ""),
        el("td", { className: "value" }, formatValue(fact)),
        el("td", {}, ui.sourceChips(list(fact.sources))))))));
}

function entitiesCard(entities, ui) {
  if (!entities.length) return null;
  const groups = new Map();
  for (const entity of entities) {
    const label = ENTITY_TYPES[String(entity.type || "").toUpperCase()] || entity.type || "Khác";
    if (!groups.has(label)) groups.set(label, []);
    groups.get(label).push(entity);
  }
  return section("entities", "Thực thể", entities.length, [...groups].map(([label, items]) => el("div", { className: "entity-group" },
    el("h3", {}, label),
    el("ul", { className: "entity-list" }, items.map((entity) => el("li", {
      className: "entity", title: list(entity.aliases).length ? `Còn gọi là: ${list(entity.aliases).join(", ")}` : "",
    }, el("button", { type: "button", className: "entity-name", onclick: (e) => ui.highlight(list(entity.sources), e.currentTarget) }, entity.name || ""),
    el("span", { className: "count" }, String(new Set(list(entity.sources).map((r) => r.doc)).size))))))));
}

function timelineCard(timeline, ui) {
  if (!timeline.length) return null;
  return section("timeline", "Dòng thời gian", timeline.length, el("ol", { className: "timeline-list" }, timeline.map((item) => el("li", {},
    el("time", { datetime: item.date || "" }, formatDate(item.date)), el("span", { className: "quote" }, item.text || ""), " ", ui.sourceChips(list(item.sources))))));
}

function attributionsCard(attributions, ui) {
  if (!attributions.length) return null;
  return section("attributions", "Ai nói gì", attributions.length, el("ul", { className: "attr-list" }, attributions.map((item) => el("li", {},
    el("b", {}, item.speaker || ""), ": ", el("span", { className: "quote" }, item.claim || ""), " ", ui.sourceChips(list(item.sources))))));
}

function unconfirmedCard(unconfirmed, ui) {
  if (!unconfirmed.length) return null;
  return section("unconfirmed", "Thông tin chưa được xác nhận", unconfirmed.length, el("ul", { className: "unconfirmed-list" }, unconfirmed.map((item) => el("li", {},
    el("span", { className: "quote" }, item.text || ""), item.cue ? el("span", { className: "cue" }, item.cue) : null, " ",
    ui.sourceChips(list(item.sources))))));
}

function docChips(docs) {
  return list(docs).map((doc) => el("span", { className: `chip doc-${doc % 8}` }, `[${doc + 1}]`));
}

function coverageCard(coverage) {
  if (!coverage || typeof coverage !== "object") return null;
  const rows = [];
  if (typeof coverage.articles === "number") rows.push(["Số bài", String(coverage.articles)]);
  const groups = list(coverage.independent_sources);
  if (groups.length) {
    rows.push(["Nguồn độc lập", [String(groups.length), " nhóm: ",
      groups.map((g, i) => [i ? " · " : "", docChips(g)])]]);
  }
  for (const item of list(coverage.per_article)) {
    const only = [...list(item.only_facts), ...list(item.only_entities)];
    if (only.length) rows.push([el("span", {}, "Chỉ có ở ", docChips([item.doc])), only.join("; ")]);
  }
  for (const [key, value] of Object.entries(coverage)) {
    if (!["articles", "independent_sources", "per_article"].includes(key) && (value === null || typeof value !== "object")) {
      rows.push([key, String(value)]);
    }
  }
  if (!rows.length) return null;
  return section("coverage", "Độ phủ", null, el("dl", { className: "coverage-list" }, rows.map(([key, value]) => [el("dt", {}, key), el("dd", {}, value)])));
}

/** The analysis cards (a note when the analysis is missing). */
export function renderAnalysis(analysis, ui) {
  const box = el("div", { className: "analysis" });
  if (!analysis) {
    box.append(section("no-analysis", "Phân tích", null, el("p", { className: "muted" }, "Chưa có phần phân tích cho bản tóm tắt này.")));
    return box;
  }
  const conflicts = list(analysis.conflicts);
  for (const card of [
    conflictsCard(conflicts, ui),
    factsCard(list(analysis.facts), conflicts, ui),
    entitiesCard(list(analysis.entities), ui),
    timelineCard(list(analysis.timeline), ui),
    unconfirmedCard(list(analysis.unconfirmed), ui),
    attributionsCard(list(analysis.attributions), ui),
    coverageCard(analysis.coverage),
  ]) if (card) box.append(card);
  return box;
}
