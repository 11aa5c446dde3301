// borderstats pages: charts drawn by vega-embed (served by this app), the measure page's
// controls and the article checker. Text from users and from the API is only ever put into
// the page as text (textContent), never as markup.

const embedOptions = { actions: { export: true, source: false, compiled: false, editor: false },
  renderer: "svg" };

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

const words = JSON.parse(document.getElementById("words").textContent);
const number = (v) => (v === null || v === undefined ? "—" : Number(v).toLocaleString("en-US"));

async function draw(target, spec, options = embedOptions) {
  target.replaceChildren();
  await window.vegaEmbed(target, spec, options);
  target.dataset.drawn = "true";
}

async function apiError(response) {
  try {
    const body = await response.json();
    return body.error ? body.error.message : `HTTP ${response.status}`;
  } catch {
    return `HTTP ${response.status}`;
  }
}

// -- overview: small charts ----------------------------------------------------------------

for (const node of document.querySelectorAll(".chart[data-spec]")) {
  draw(node, JSON.parse(node.dataset.spec), { actions: false, renderer: "svg" });
}

// -- a measure's page ------------------------------------------------------------------------

const queryForm = document.getElementById("query-form");
if (queryForm) {
  const measure = queryForm.dataset.measure;
  const errorBox = document.getElementById("query-error");

  const params = () => {
    const data = new FormData(queryForm);
    const p = new URLSearchParams({ measure, period: `${data.get("from").trim()}..${data.get("to").trim()}` });
    p.append("by", data.get("time"));
    if (data.get("by")) p.append("by", data.get("by"));
    for (const filter of data.get("where").split(";").map((f) => f.trim()).filter(Boolean)) {
      p.append("where", filter);
    }
    return p;
  };

  const showTable = (result) => {
    const table = document.getElementById("table");
    const columns = result.rows.length ? Object.keys(result.rows[0]).filter((c) => c !== "complete") : ["value"];
    table.tHead.replaceChildren(el("tr", {}, ...columns.map((c) => el("th", { scope: "col" }, c))));
    const body = el("tbody");
    for (const row of result.rows) {
      body.append(el("tr", {}, ...columns.map((c) => c === "value"
        ? el("td", { class: "num" }, number(row[c]) + (row.complete === false ? ` (${words.partial})` : ""))
        : el("td", {}, row[c]))));
    }
    table.tBodies[0].replaceWith(body);
    document.getElementById("table-caption").textContent =
      `${result.title}, ${result.period}: ${number(result.value)} ${result.unit}` +
      (result.complete ? "" : ` (${words.partial}: ${result.missing.slice(0, 4).join(", ")})`);
    const provenance = document.getElementById("provenance");
    provenance.replaceChildren(el("h2", {}, words.sources_used), el("ul", {}, ...result.provenance.map((p) =>
      el("li", {}, `${p.source} · release ${p.release_id} · ${p.file_name} · table ${p.table} · `
        + `${p.first}..${p.last} · ${words.published_on} ${p.published}`))));
  };

  const show = async () => {
    const p = params();
    errorBox.hidden = true;
    const response = await fetch(`/api/query?${p}`);
    if (!response.ok) {
      errorBox.textContent = await apiError(response);
      errorBox.hidden = false;
      return;
    }
    const result = await response.json();
    showTable(result);
    for (const format of ["csv", "json", "parquet"]) {
      const q = new URLSearchParams(p);
      q.set("format", format);
      document.getElementById(`dl-${format}`).href = `/api/query?${q}`;
    }
    const png = new URLSearchParams(p);
    png.set("format", "png");
    document.getElementById("dl-png").href = `/api/chart?${png}`;
    document.getElementById("reproduce").textContent =
      [`borderstats query ${measure} --period ${p.get("period")}`, ...p.getAll("by").map((b) => `--by ${b}`),
        ...p.getAll("where").map((w) => `--where '${w}'`)].join(" ");
    const chart = await fetch(`/api/chart?${p}`);
    if (chart.ok) await draw(document.getElementById("chart"), await chart.json());
  };

  queryForm.addEventListener("submit", (event) => { event.preventDefault(); show(); });
  queryForm.addEventListener("change", (event) => { if (event.target.tagName === "SELECT") show(); });
  show();
}

// -- the article checker -----------------------------------------------------------------------

const checkForm = document.getElementById("check-form");
if (checkForm) {
  const textBox = document.getElementById("text");
  const errorBox = document.getElementById("check-error");
  const status = document.getElementById("check-status");
  const fail = (message) => { errorBox.textContent = message; errorBox.hidden = false; status.textContent = ""; };
  const verdictLabel = (v) => words[`verdict_${v}`] || v;

  document.getElementById("file").addEventListener("change", async (event) => {
    const file = event.target.files[0];
    if (!file) return;
    if (file.size > Number(checkForm.dataset.max) * 4) return fail(`${file.name}: too large`);
    textBox.value = await file.text();
  });

  document.getElementById("example-button").addEventListener("click", async (event) => {
    const response = await fetch(`/api/examples/${event.target.dataset.lang}`);
    if (!response.ok) return fail(await apiError(response));
    const example = await response.json();
    textBox.value = example.text;
    document.getElementById("date").value = example.date;
  });

  const figureList = (claim) => el("ul", {}, ...claim.official.map((f) => el("li", {},
    `${f.label}${f.period && f.period !== f.label ? ` (${f.period})` : ""}: ${number(f.value)}`,
    el("br"), el("small", {}, f.provenance.map((p) =>
      `${p.source} · release ${p.release_id} · ${p.file_name} · ${p.table}`).join("; ")))));

  const showClaim = async (claim, button) => {
    for (const b of document.querySelectorAll(".claim[aria-pressed=true]")) b.setAttribute("aria-pressed", "false");
    for (const b of document.querySelectorAll(`.claim[data-claim="${claim.id}"]`)) b.setAttribute("aria-pressed", "true");
    const detail = document.getElementById("detail");
    const evidence = claim.evidence || {};
    const chosen = [evidence.reading || claim.measure, (claim.periods || []).join(", "),
      Object.entries(claim.filters || {}).map(([k, v]) => `${k}=${v}`).join(" ")].filter(Boolean).join(" · ");
    // Why this reading: the words that cued it and what the checker assumed.
    const reasons = [
      evidence.cues && evidence.cues.length ? `${words.cued_by}: ${evidence.cues.join(", ")}` : null,
      evidence.support !== undefined ? `${words.support}: ${evidence.support}` : null,
      claim.assumptions && claim.assumptions.length ? `${words.assumed}: ${claim.assumptions.join("; ")}` : null,
    ].filter(Boolean);
    const others = (claim.readings || []).slice(1);
    const chart = el("div", { class: "chart", id: "claim-chart" });
    detail.replaceChildren(
      el("h3", {}, `“${claim.text}”`),
      el("p", {}, `${words.verdict}: `, el("span", { class: `badge v-${claim.verdict}` }, verdictLabel(claim.verdict))),
      el("h4", {}, words.why), el("p", {}, claim.explanation),
      el("h4", {}, words.reading_chosen), el("p", {}, chosen || "—"),
      reasons.length ? el("ul", { class: "reasons" }, ...reasons.map((r) => el("li", {}, r))) : null,
      el("h4", {}, words.figures), figureList(claim),
      chart,
      el("h4", {}, words.query), el("p", {}, el("code", {}, claim.query || "—")),
      others.length ? el("h4", {}, words.other_readings) : null,
      others.length ? el("ul", {}, ...others.map((r) => el("li", {},
        `${r.reading || r.measure} (${(r.periods || []).join(", ")}): `,
        el("span", { class: `badge v-${r.verdict}` }, verdictLabel(r.verdict)),
        r.note ? el("br") : null, r.note ? el("small", {}, r.note) : null))) : null,
      claim.caveats.length ? el("h4", {}, words.caveats) : null,
      claim.caveats.length ? el("ul", {}, ...claim.caveats.map((c) => el("li", {}, c))) : null,
    );
    if (button) detail.focus();
    if (claim.series && claim.series.points.length) {
      const response = await fetch("/api/chart/series", { method: "POST",
        headers: { "content-type": "application/json" }, body: JSON.stringify(claim.series) });
      if (response.ok) await draw(chart, await response.json());
    }
  };

  const showReport = (report) => {
    const marked = document.getElementById("marked");
    const text = report.text;
    const claims = [...report.claims].sort((a, b) => a.start - b.start || b.end - a.end);
    const nodes = [];
    let at = 0;
    for (const claim of claims) {
      if (claim.start < at) continue;  // inside a claim already marked: reached from the list
      nodes.push(text.slice(at, claim.start));
      // A <mark> acting as a button: a <button> cannot wrap across lines with the text.
      const mark = el("mark", { role: "button", tabindex: "0", class: `claim v-${claim.verdict}`,
        "data-claim": String(claim.id), "data-verdict": claim.verdict, "aria-pressed": "false",
        title: verdictLabel(claim.verdict) }, text.slice(claim.start, claim.end));
      mark.addEventListener("click", () => showClaim(claim, mark));
      mark.addEventListener("keydown", (event) => {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); showClaim(claim, mark); }
      });
      nodes.push(mark);
      at = claim.end;
    }
    nodes.push(text.slice(at));
    marked.replaceChildren(...nodes);
    // Every claim, in the text's order, also as a list: a claim inside another is reached here.
    document.getElementById("claim-list").replaceChildren(...report.claims.map((claim) => {
      const open = el("button", { type: "button", class: "link" }, claim.text);
      open.addEventListener("click", () => showClaim(claim, open));
      const claimed = claim.claimed && claim.claimed.words ? el("small", {}, ` (${claim.claimed.words})`) : null;
      return el("li", {}, el("span", { class: `badge v-${claim.verdict}` }, verdictLabel(claim.verdict)), " ", open, claimed);
    }));
    const summary = document.getElementById("summary");
    summary.replaceChildren(`${report.summary.claims} ${words.claims_found}: `);
    for (const [verdict, count] of Object.entries(report.summary.by_verdict)) {
      summary.append(el("span", { class: `badge v-${verdict}` }, `${count} ${verdictLabel(verdict)}`), " ");
    }
    summary.append(`· ${report.text_date}` + (report.date_assumed ? ` (${report.date_reason})` : ""));
    document.getElementById("results").hidden = false;
    status.textContent = "";
  };

  checkForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    errorBox.hidden = true;
    status.textContent = words.checking;
    const body = { text: textBox.value, lang: document.getElementById("explain-lang").value };
    const day = document.getElementById("date").value;
    if (day) body.date = day;
    if (document.getElementById("cautious").checked) body.cautious = true;
    const response = await fetch("/api/check", { method: "POST",
      headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    if (!response.ok) return fail(await apiError(response));
    showReport(await response.json());
  });
}
