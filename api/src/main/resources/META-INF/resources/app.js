'use strict';

// The page talks to the same API as any client (POST /api/v1/comparisons) and draws the
// parallax-report/1 JSON it returns. All text from the API or the user goes into the page through
// textContent, never as HTML.

const MIN_SOURCES = 2;

// The bands of SeverityLevel in the verify module; the report carries only the number.
const SEVERITY_BANDS = [[0.7, 'high'], [0.4, 'medium'], [0.2, 'low'], [0, 'info']];

const sourcesBox = document.getElementById('sources');
const template = document.getElementById('source-template');
const statusBox = document.getElementById('status');
const problemBox = document.getElementById('problem');
const results = document.getElementById('results');

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

function sourceFieldsets() {
  return Array.from(sourcesBox.querySelectorAll('fieldset.source'));
}

/** Letters, ids and remove buttons follow the order on screen, as the report's source ids do. */
function renumber() {
  const fieldsets = sourceFieldsets();
  fieldsets.forEach((fieldset, i) => {
    fieldset.querySelectorAll('.source-id').forEach((el) => { el.textContent = sourceId(i); });
    fieldset.querySelectorAll('textarea, input').forEach((el) => {
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
  sourcesBox.appendChild(fieldset);
  renumber();
  return fieldset;
}

function requestBody() {
  return {
    sources: sourceFieldsets().map((fieldset) => {
      const value = (name) => {
        const v = fieldset.querySelector(`[name="${name}"]`).value.trim();
        return v === '' ? null : v;
      };
      return {
        text: fieldset.querySelector('textarea').value,
        language: value('language'),
        outlet: value('outlet'),
        published: value('published'),
      };
    }),
  };
}

/** "sources[1].published" -> "Source B, published" and the input it names, if any. */
function describeField(field) {
  const match = /^sources\[(\d+)\](?:\.(\w+))?$/.exec(field || '');
  if (!match) {
    return { label: field || 'Request', input: null };
  }
  const index = Number(match[1]);
  const name = match[2] === 'html' ? 'text' : match[2];
  const fieldset = sourceFieldsets()[index];
  const input = fieldset && name ? fieldset.querySelector(`[name="${name}"]`) : null;
  return { label: `Source ${sourceId(index)}${match[2] ? `, ${match[2]}` : ''}`, input };
}

function clearProblem() {
  problemBox.hidden = true;
  problemBox.replaceChildren();
  document.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
}

function showProblem(title, detail, errors) {
  const heading = document.createElement('p');
  heading.textContent = title;
  problemBox.replaceChildren(heading);
  const list = document.createElement('ul');
  (errors || []).forEach((error) => {
    const { label, input } = describeField(error.field);
    const item = document.createElement('li');
    item.textContent = `${label}: ${error.message}`;
    list.appendChild(item);
    if (input) {
      input.setAttribute('aria-invalid', 'true');
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
}

function describeSource(source) {
  const parts = [source.outlet || 'unknown outlet', source.language, source.published || 'date unknown'];
  return `${source.id} · ${parts.join(' · ')}`;
}

/**
 * The evidence of each source, most severe first, without overlaps: where two findings point at
 * the same words, the more severe one keeps the highlight.
 */
function marksBySource(report) {
  const marks = new Map(report.sources.map((s) => [s.id, []]));
  report.findings.forEach((finding, f) => {
    finding.evidence.forEach((evidence, e) => {
      const taken = marks.get(evidence.source);
      if (taken && !taken.some((m) => m.start < evidence.end && evidence.start < m.end)) {
        taken.push({ ...evidence, id: `evidence-${f}-${e}`, level: severityLevel(finding.severity), finding: f });
      }
    });
  });
  marks.forEach((list) => list.sort((a, b) => a.start - b.start));
  return marks;
}

function renderSource(source, marks) {
  const box = document.createElement('article');
  box.className = 'source-text';
  box.lang = source.language === 'und' ? '' : source.language;
  const heading = document.createElement('h3');
  heading.textContent = describeSource(source);
  box.appendChild(heading);
  let at = 0;
  marks.forEach((m) => {
    box.appendChild(document.createTextNode(source.text.slice(at, m.start)));
    const mark = document.createElement('mark');
    mark.id = m.id;
    mark.className = m.level;
    mark.tabIndex = -1;
    mark.title = `Finding ${m.finding + 1} (${m.level})`;
    mark.textContent = source.text.slice(m.start, m.end);
    box.appendChild(mark);
    at = m.end;
  });
  box.appendChild(document.createTextNode(source.text.slice(at)));
  return box;
}

function showEvidence(id) {
  document.querySelectorAll('mark.current').forEach((el) => el.classList.remove('current'));
  const mark = document.getElementById(id);
  if (mark) {
    mark.classList.add('current');
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  }
}

function renderFinding(finding, f, marked) {
  const item = document.createElement('li');
  const level = severityLevel(finding.severity);
  const severity = document.createElement('span');
  severity.className = 'severity';
  severity.textContent = `${level} ${finding.severity.toFixed(2)}`;
  const type = document.createElement('span');
  type.className = 'type';
  type.textContent = finding.type;
  const summary = document.createElement('span');
  summary.textContent = ` ${finding.summary}`;
  item.append(severity, type, summary);
  const links = document.createElement('span');
  links.className = 'evidence-links';
  finding.evidence.forEach((evidence, e) => {
    const id = `evidence-${f}-${e}`;
    if (!marked.has(id)) {
      return;
    }
    const link = document.createElement('a');
    link.href = `#${id}`;
    link.textContent = `in ${evidence.source}: “${evidence.text}”`;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      showEvidence(id);
    });
    links.appendChild(link);
  });
  item.appendChild(links);
  return item;
}

function renderReport(report) {
  const marks = marksBySource(report);
  const marked = new Set(Array.from(marks.values()).flat().map((m) => m.id));
  const findings = document.getElementById('findings');
  findings.replaceChildren(...report.findings.map((finding, f) => renderFinding(finding, f, marked)));
  const count = report.findings.length;
  const summary = document.getElementById('summary');
  summary.textContent = count === 0
    ? 'No discrepancies found between the sources.'
    : `${count} finding${count === 1 ? '' : 's'}, divergence ${report.summary.divergence.toFixed(2)}.`;
  report.warnings.forEach((warning) => { summary.textContent += ` Warning: ${warning}.`; });
  document.getElementById('source-view').replaceChildren(
    ...report.sources.map((source) => renderSource(source, marks.get(source.id))));
  results.hidden = false;
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
      showProblem(body && body.title ? `${body.title}.` : `The server answered ${response.status}.`,
        body && body.detail, body && body.errors);
      return;
    }
    renderReport(body);
    statusBox.textContent = `Done: ${body.findings.length} finding(s).`;
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
document.getElementById('compare-form').addEventListener('submit', compare);
for (let i = 0; i < MIN_SOURCES; i += 1) {
  addSource();
}
