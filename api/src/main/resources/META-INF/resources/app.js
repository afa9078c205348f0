'use strict';

// The page talks to the same API as any client (POST /api/v1/comparisons) and draws the
// parallax-report/1 JSON it returns. All text from the API or the user goes into the page through
// textContent, never as HTML.

const MIN_SOURCES = 2;

// The bands of SeverityLevel in the verify module; the report carries only the number.
const SEVERITY_BANDS = [[0.7, 'high'], [0.4, 'medium'], [0.2, 'low'], [0, 'info']];

// Words for the finding types of parallax-report/1; a type this list does not know yet is shown as
// the report names it, so a newer server still works with this page.
const TYPE_NAMES = {
  NUMBER_CONFLICT: 'Number conflict',
  DATE_CONFLICT: 'Date conflict',
  ENTITY_CONFLICT: 'Name conflict',
  ATTRIBUTION_CONFLICT: 'Attribution conflict',
  NAME_VARIANT: 'Name variant',
  LESS_SPECIFIC: 'Less specific',
  OMISSION: 'Omission',
};

// How the request's field names read in an error message ("Source B's publication date must be ...").
const FIELD_NAMES = {
  text: 'article', html: 'article', language: 'language', outlet: 'outlet', published: 'publication date',
  title: 'title', name: 'file name',
};

// What a pasted or loaded article must start with to be sent as HTML when its format is "Detect":
// a document or a fragment of block elements, possibly after comments.
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|main|section|div|p|h[1-6])[\s>]/i;

// SourceRequest.name is at most 200 characters.
const MAX_NAME = 200;

const sourcesBox = document.getElementById('sources');
const template = document.getElementById('source-template');
const statusBox = document.getElementById('status');
const problemBox = document.getElementById('problem');
const results = document.getElementById('results');
const findingsList = document.getElementById('findings');
const sourceView = document.getElementById('source-view');

/** What the current report put on the page, for selecting and filtering findings. */
let shown = null;

function sourceId(index) {
  let id = '';
  let n = index;
  do {
    id = String.fromCharCode(65 + (n % 26)) + id;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return id;
}

function severityLevel(severity) {
  return SEVERITY_BANDS.find(([threshold]) => severity >= threshold)[1];
}

function typeName(type) {
  return TYPE_NAMES[type] || type;
}

function sourceFieldsets() {
  return Array.from(sourcesBox.querySelectorAll('fieldset.source'));
}

/** Letters, ids and remove buttons follow the order on screen, as the report's source ids do. */
function renumber() {
  const fieldsets = sourceFieldsets();
  fieldsets.forEach((fieldset, i) => {
    fieldset.querySelectorAll('.source-id').forEach((el) => { el.textContent = sourceId(i); });
    fieldset.querySelectorAll('textarea, input, select').forEach((el) => {
      el.id = `source-${i}-${el.name}`;
    });
    fieldset.querySelector('.remove-source').hidden = fieldsets.length <= MIN_SOURCES;
  });
}

function addSource() {
  const fieldset = template.content.firstElementChild.cloneNode(true);
  fieldset.querySelector('.remove-source').addEventListener('click', () => {
    fieldset.remove();
    renumber();
    sourceFieldsets()[0].querySelector('textarea').focus();
  });
  fieldset.querySelector('input[type="file"]').addEventListener('change', async (event) => {
    const [file] = event.target.files;
    if (file) {
      await loadFile(file, fieldset);
    }
  });
  // Typing over a loaded file makes it the user's text: the file's name no longer describes it.
  fieldset.querySelector('textarea').addEventListener('input', () => setFileName(fieldset, null));
  sourcesBox.appendChild(fieldset);
  renumber();
  return fieldset;
}

function setFileName(fieldset, name) {
  if (name) {
    fieldset.dataset.fileName = name.slice(0, MAX_NAME);
  } else {
    delete fieldset.dataset.fileName;
  }
  fieldset.querySelector('.file-name').textContent = name ? `Loaded from ${name}` : '';
}

/**
 * The text of a file as the command line reads one: UTF-16 with a byte order mark, else UTF-8, else
 * Windows-1252 (what older pages and word processors save); null for a binary file.
 */
async function readArticle(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes[0] === 0xFF && bytes[1] === 0xFE) {
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  }
  if (bytes[0] === 0xFE && bytes[1] === 0xFF) {
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  }
  if (bytes.includes(0)) {
    return null;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (notUtf8) {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

async function loadFile(file, fieldset) {
  clearProblem();
  const text = await readArticle(file);
  const id = sourceId(sourceFieldsets().indexOf(fieldset));
  if (text === null) {
    showProblem('That file cannot be read.',
      `${file.name} is not a text or HTML file. Load the article as plain text or as a saved web page.`, []);
    return false;
  }
  fieldset.querySelector('textarea').value = text;
  const html = /\.html?$/i.test(file.name) || file.type === 'text/html';
  fieldset.querySelector('[name="format"]').value = html ? 'html' : 'detect';
  setFileName(fieldset, file.name);
  statusBox.textContent = `Loaded ${file.name} into source ${id}.`;
  return true;
}

/** Several files at once: each fills the next empty source, and sources are added as needed. */
async function loadFiles(files) {
  const empty = sourceFieldsets().filter((fieldset) => fieldset.querySelector('textarea').value.trim() === '');
  const loaded = [];
  for (const file of files) {
    const fieldset = empty.shift() || addSource();
    if (!(await loadFile(file, fieldset))) {
      return;
    }
    loaded.push(file.name);
  }
  if (loaded.length > 1) {
    statusBox.textContent = `Loaded ${loaded.length} files: ${loaded.join(', ')}.`;
  }
}

function contentKind(fieldset) {
  const format = fieldset.querySelector('[name="format"]').value;
  if (format !== 'detect') {
    return format;
  }
  return HTML_START.test(fieldset.querySelector('textarea').value) ? 'html' : 'text';
}

function requestBody() {
  return {
    sources: sourceFieldsets().map((fieldset) => {
      const value = (name) => {
        const v = fieldset.querySelector(`[name="${name}"]`).value.trim();
        return v === '' ? null : v;
      };
      const source = {
        language: value('language'),
        outlet: value('outlet'),
        published: value('published'),
        name: fieldset.dataset.fileName || null,
      };
      source[contentKind(fieldset)] = fieldset.querySelector('textarea').value;
      return source;
    }),
  };
}

/** "sources[1].published" -> "Source B's publication date" and the input it names, if any. */
function describeField(field) {
  const match = /^sources\[(\d+)\](?:\.(\w+))?$/.exec(field || '');
  if (!match) {
    return { label: field === 'sources' ? 'The list of sources' : 'The request', input: null };
  }
  const index = Number(match[1]);
  const name = match[2] === 'html' ? 'text' : match[2];
  const fieldset = sourceFieldsets()[index];
  const input = fieldset && name ? fieldset.querySelector(`[name="${name}"]`) : null;
  const what = match[2] ? `'s ${FIELD_NAMES[match[2]] || match[2]}` : '';
  return { label: `Source ${sourceId(index)}${what}`, input };
}

function clearProblem() {
  problemBox.hidden = true;
  problemBox.replaceChildren();
  document.querySelectorAll('[aria-invalid]').forEach((el) => {
    el.removeAttribute('aria-invalid');
    el.removeAttribute('aria-describedby');
  });
}

function showProblem(title, detail, errors) {
  const heading = document.createElement('p');
  heading.className = 'problem-title';
  heading.textContent = title;
  problemBox.replaceChildren(heading);
  const list = document.createElement('ul');
  (errors || []).forEach((error) => {
    const { label, input } = describeField(error.field);
    const item = document.createElement('li');
    item.textContent = `${label} ${error.message}.`.replace(/\.\.$/, '.');
    list.appendChild(item);
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', 'problem');
    }
  });
  if (list.children.length > 0) {
    problemBox.appendChild(list);
  } else if (detail) {
    const text = document.createElement('p');
    text.textContent = detail;
    problemBox.appendChild(text);
  }
  problemBox.hidden = false;
  problemBox.scrollIntoView({ block: 'nearest' });
}

/** Plain words for an error response without a problem body (a proxy's, or a body cut off at the limit). */
function statusProblem(status) {
  if (status === 413) {
    return 'The articles are too large for the server. Shorten them or compare fewer at once.';
  }
  if (status === 503) {
    return 'The server is busy. Try again in a moment.';
  }
  if (status === 401) {
    return 'The server needs an API key, which this page cannot send.';
  }
  return `The server could not compare the articles (HTTP status ${status}).`;
}

function describeSource(source) {
  const parts = [source.outlet || 'unknown outlet', source.language, source.published || 'date unknown'];
  return `${source.id} · ${parts.join(' · ')}`;
}

/** The findings in the order of the list: most severe first, the report's order among equals. */
function bySeverity(findings) {
  return findings.map((finding, index) => ({ finding, index }))
    .sort((a, b) => b.finding.severity - a.finding.severity || a.index - b.index);
}

/**
 * The text of a source cut where any evidence starts or ends, so that overlapping evidence of
 * several findings is all highlighted: each piece knows every finding whose evidence covers it.
 */
function pieces(source, findings) {
  const spans = [];
  findings.forEach((finding, f) => {
    finding.evidence.forEach((evidence, e) => {
      if (evidence.source === source.id && evidence.start < evidence.end) {
        spans.push({ start: evidence.start, end: Math.min(evidence.end, source.text.length), finding: f, evidence: e });
      }
    });
  });
  const cuts = Array.from(new Set([0, source.text.length, ...spans.flatMap((s) => [s.start, s.end])]))
    .filter((at) => at <= source.text.length)
    .sort((a, b) => a - b);
  const result = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const covering = spans.filter((s) => s.start <= start && end <= s.end);
    result.push({ text: source.text.slice(start, end), covering });
  }
  return result;
}

function renderSource(source, findings, view) {
  const box = document.createElement('article');
  box.className = 'source-text';
  box.lang = source.language === 'und' ? '' : source.language;
  box.dataset.source = source.id;
  const heading = document.createElement('h3');
  heading.id = `source-heading-${source.id}`;
  heading.textContent = describeSource(source);
  // The text scrolls inside its own box, so the sources stay side by side; the box takes the focus
  // so that it can be scrolled with the keyboard too.
  const text = document.createElement('div');
  text.className = 'source-body';
  text.tabIndex = 0;
  text.setAttribute('role', 'region');
  text.setAttribute('aria-labelledby', heading.id);
  pieces(source, findings).forEach((piece) => {
    if (piece.covering.length === 0) {
      text.appendChild(document.createTextNode(piece.text));
      return;
    }
    const mark = document.createElement('mark');
    mark.textContent = piece.text;
    mark.dataset.findings = piece.covering.map((s) => s.finding).join(' ');
    piece.covering.forEach((s) => {
      const key = `${s.finding}-${s.evidence}`;
      if (!view.evidenceMarks.has(key)) {
        view.evidenceMarks.set(key, mark);
        mark.id = mark.id || `evidence-${key}`;
      }
      view.findingMarks.get(s.finding).push(mark);
    });
    mark.addEventListener('click', () => {
      const first = visibleFindings(mark)[0];
      if (first !== undefined) {
        selectFinding(first, { revealInList: true });
      }
    });
    text.appendChild(mark);
  });
  box.append(heading, text);
  return box;
}

/** The shown findings whose evidence a highlight covers, most severe first. */
function visibleFindings(mark) {
  return mark.dataset.findings.split(' ').map(Number)
    .filter((f) => shown.visibleTypes.has(shown.findings[f].type))
    .sort((a, b) => shown.rank.get(a) - shown.rank.get(b));
}

/** Colours and titles of the highlights: each shows the most severe finding still shown, or none. */
function paintMarks() {
  sourceView.querySelectorAll('mark').forEach((mark) => {
    const visible = visibleFindings(mark);
    mark.classList.remove('high', 'medium', 'low', 'info', 'filtered');
    if (visible.length === 0) {
      mark.classList.add('filtered');
      mark.removeAttribute('title');
      return;
    }
    mark.classList.add(severityLevel(shown.findings[visible[0]].severity));
    mark.title = visible.map((f) => `Finding ${shown.rank.get(f) + 1}: ${typeName(shown.findings[f].type)}`).join('; ');
  });
}

/** Marks a finding in the list and in every source, and scrolls each source to its evidence. */
function selectFinding(f, { revealInList = false } = {}) {
  document.querySelectorAll('mark.current').forEach((el) => el.classList.remove('current'));
  findingsList.querySelectorAll('li.current').forEach((el) => el.classList.remove('current'));
  findingsList.querySelectorAll('[aria-current]').forEach((el) => el.removeAttribute('aria-current'));
  const item = findingsList.querySelector(`li[data-finding="${f}"]`);
  item.classList.add('current');
  item.querySelector('.finding').setAttribute('aria-current', 'true');
  const marks = shown.findingMarks.get(f);
  marks.forEach((mark) => mark.classList.add('current'));
  const sources = [];
  sourceView.querySelectorAll('.source-body').forEach((body) => {
    const first = marks.find((mark) => body.contains(mark));
    if (first) {
      scrollWithin(body, first);
      sources.push(body.closest('.source-text').dataset.source);
    }
  });
  document.querySelector('.sources-pane').scrollIntoView({ block: 'nearest' });
  if (revealInList) {
    scrollWithin(findingsList.closest('.findings-pane'), item);
  }
  statusBox.textContent = `Finding ${shown.rank.get(f) + 1} is marked in source${sources.length === 1 ? '' : 's'} ${sources.join(' and ')}.`;
}

/** Scrolls one box (not the page) so that an element inside it is in the middle of it. */
function scrollWithin(box, element) {
  const boxTop = box.getBoundingClientRect().top;
  const elementTop = element.getBoundingClientRect().top;
  box.scrollTop += elementTop - boxTop - (box.clientHeight - element.offsetHeight) / 2;
}

function renderFinding(finding, f, rank) {
  const item = document.createElement('li');
  item.value = rank + 1;
  item.dataset.finding = f;
  item.dataset.type = finding.type;
  const level = severityLevel(finding.severity);
  // A button, so that a click, Enter and Space all show the evidence.
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'finding';
  const severity = document.createElement('span');
  severity.className = `severity ${level}`;
  severity.textContent = `${level} ${finding.severity.toFixed(2)}`;
  const type = document.createElement('span');
  type.className = 'type';
  type.textContent = typeName(finding.type);
  const summary = document.createElement('span');
  summary.className = 'summary';
  summary.textContent = finding.summary;
  button.append(severity, ' ', type, ' ', summary);
  button.addEventListener('click', () => selectFinding(f));
  item.appendChild(button);
  const links = document.createElement('span');
  links.className = 'evidence-links';
  finding.evidence.forEach((evidence, e) => {
    const mark = shown.evidenceMarks.get(`${f}-${e}`);
    if (!mark) {
      return;
    }
    const link = document.createElement('a');
    link.href = `#${mark.id}`;
    link.textContent = `in ${evidence.source}: “${evidence.text}”`;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      selectFinding(f);
      // Following a link to a place on the page takes the focus there, so a screen reader reads on from the evidence.
      mark.tabIndex = -1;
      mark.focus({ preventScroll: true });
    });
    links.appendChild(link);
  });
  item.appendChild(links);
  return item;
}

function renderTypeFilter(report) {
  const counts = new Map();
  report.findings.forEach((finding) => counts.set(finding.type, (counts.get(finding.type) || 0) + 1));
  const options = document.getElementById('type-options');
  options.replaceChildren(...Array.from(counts, ([type, count]) => {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = true;
    box.value = type;
    box.addEventListener('change', () => {
      if (box.checked) {
        shown.visibleTypes.add(type);
      } else {
        shown.visibleTypes.delete(type);
      }
      applyFilter();
    });
    label.append(box, ` ${typeName(type)} (${count})`);
    return label;
  }));
  document.getElementById('type-filter').hidden = counts.size === 0;
}

function applyFilter() {
  let visible = 0;
  findingsList.querySelectorAll('li').forEach((item) => {
    item.hidden = !shown.visibleTypes.has(item.dataset.type);
    if (item.hidden) {
      // A hidden finding stays selected nowhere, not in the list and not in the sources.
      if (item.classList.contains('current')) {
        item.classList.remove('current');
        shown.findingMarks.get(Number(item.dataset.finding)).forEach((mark) => mark.classList.remove('current'));
      }
    } else {
      visible += 1;
    }
  });
  document.getElementById('filter-empty').hidden = visible > 0 || shown.findings.length === 0;
  paintMarks();
  statusBox.textContent = `Showing ${visible} of ${shown.findings.length} finding${shown.findings.length === 1 ? '' : 's'}.`;
}

function renderReport(report) {
  const order = bySeverity(report.findings);
  shown = {
    findings: report.findings,
    rank: new Map(order.map(({ index }, rank) => [index, rank])),
    visibleTypes: new Set(report.findings.map((finding) => finding.type)),
    findingMarks: new Map(report.findings.map((_, f) => [f, []])),
    evidenceMarks: new Map(),
  };
  sourceView.replaceChildren(...report.sources.map((source) => renderSource(source, report.findings, shown)));
  sourceView.style.setProperty('--sources', report.sources.length);
  findingsList.replaceChildren(...order.map(({ finding, index }, rank) => renderFinding(finding, index, rank)));
  renderTypeFilter(report);
  document.getElementById('filter-empty').hidden = true;
  const count = report.findings.length;
  const summary = document.getElementById('summary');
  summary.textContent = count === 0
    ? 'No discrepancies found between the sources.'
    : `${count} finding${count === 1 ? '' : 's'}, divergence ${report.summary.divergence.toFixed(2)}.`;
  report.warnings.forEach((warning) => { summary.textContent += ` Warning: ${warning}.`; });
  document.getElementById('findings-hint').hidden = count === 0;
  paintMarks();
  results.hidden = false;
  results.scrollIntoView({ block: 'start' });
  document.getElementById('findings-heading').focus({ preventScroll: true });
}

async function compare(event) {
  event.preventDefault();
  clearProblem();
  const button = document.getElementById('compare');
  button.disabled = true;
  statusBox.textContent = 'Comparing…';
  try {
    const response = await fetch('api/v1/comparisons', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(requestBody()),
    });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      statusBox.textContent = '';
      results.hidden = true;
      if (body && body.title) {
        showProblem(`${body.title}.`, body.detail, body.errors);
      } else {
        showProblem('The comparison failed.', statusProblem(response.status), []);
      }
      return;
    }
    renderReport(body);
    const count = body.findings.length;
    statusBox.textContent = `Done: ${count} finding${count === 1 ? '' : 's'}.`;
  } catch (error) {
    statusBox.textContent = '';
    showProblem('Could not reach the Parallax server.', 'Check that it is still running and try again.', []);
  } finally {
    button.disabled = false;
  }
}

document.getElementById('add-source').addEventListener('click', () => {
  addSource().querySelector('textarea').focus();
});
document.getElementById('load-files').addEventListener('change', async (event) => {
  await loadFiles(Array.from(event.target.files));
  event.target.value = '';
});
document.getElementById('compare-form').addEventListener('submit', compare);
for (let i = 0; i < MIN_SOURCES; i += 1) {
  addSource();
}
