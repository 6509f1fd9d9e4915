// The steering-committee dashboard: read-only views over kpi-service's dashboards (same origin),
// agreement-service's deviations and milestones and risk-service's register (their URLs from
// /dashboard/config.json). Every call carries the token the user pasted; nothing is written.
'use strict';

const TOKEN_KEY = 'partnership-governance.dashboard.token';
const RAG_LABEL = { RED: 'Red', AMBER: 'Amber', GREEN: 'Green', NONE: 'No RAG' };
const RAG_COLOUR = { RED: '#b3261e', AMBER: '#f2b705', GREEN: '#1e7b34' };
const TRAVEL = {
  IMPROVING: ['↑', 'improving'], WORSENING: ['↓', 'worsening'], STABLE: ['→', 'stable'], UNKNOWN: ['', 'no trend yet'],
};
const OPEN_DEVIATION_STATUSES = ['REPORTED', 'UNDER_INVESTIGATION', 'CAPA_IN_PROGRESS'];

/** A 401 anywhere ends the session: the token is gone or was never good. */
class SignInRequired extends Error {}

let config = null;

// ---------- DOM ----------

/** Builds an element; text children are text nodes, so names from the APIs are never parsed as HTML. */
function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') element.className = value;
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

const $ = (id) => document.getElementById(id);

function showMessage(text) {
  $('message').textContent = text;
  $('message').hidden = !text;
}

function ragBadge(rag) {
  const key = rag || 'NONE';
  return h('span', { class: 'badge rag-' + key }, RAG_LABEL[key]);
}

function travelMark(travel) {
  const [arrow, words] = TRAVEL[travel] || TRAVEL.UNKNOWN;
  if (!arrow) return null;
  return h('span', { class: 'travel', title: words }, arrow, h('span', { class: 'visually-hidden' }, ' ' + words));
}

function valueWithUnit(value, unit) {
  if (value === null || value === undefined) return h('span', { class: 'empty' }, 'not measured');
  return h('span', {}, h('span', { class: 'value' }, String(value)), unit ? h('span', { class: 'unit' }, unit) : null);
}

function empty(text) {
  return h('p', { class: 'empty' }, text);
}

// ---------- session ----------

function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

/** Who the token says the user is, for the header only: the services verify the token, not this page. */
function tokenHolder(jwt) {
  try {
    const payload = JSON.parse(atob(jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    return payload.name || payload.sub || 'unknown user';
  } catch (e) {
    return 'unknown user';
  }
}

function showSignIn(reason) {
  sessionStorage.removeItem(TOKEN_KEY);
  config = null;
  $('session').hidden = true;
  $('content').replaceChildren();
  $('sign-in').hidden = false;
  showMessage(reason || '');
  $('token').focus();
}

// ---------- API ----------

async function api(base, path, what) {
  let response;
  try {
    response = await fetch(base + path, { headers: { Authorization: 'Bearer ' + token(), Accept: 'application/json' } });
  } catch (e) {
    throw new Error(`Could not reach ${what} at ${base || location.origin}: the service is down, or does not allow `
      + `this page's origin (${location.origin}) by CORS.`);
  }
  if (response.status === 401) {
    throw new SignInRequired(`The token was not accepted (401 from ${what}): it has expired or was not issued for `
      + 'this platform. Paste a fresh one.');
  }
  if (response.status === 403) {
    throw new Error(`Your token does not allow reading ${what} (403). Ask for a token with a sponsor role `
      + '(e.g. admin, quality, supply-chain).');
  }
  if (!response.ok) {
    let detail = '';
    try {
      const problem = await response.json();
      detail = problem.detail || problem.title || '';
    } catch (e) { /* not problem+json */ }
    throw new Error(`${what} answered ${response.status}${detail ? ': ' + detail : ''}`);
  }
  return response.json();
}

const kpi = (path, what) => api('', path, what);
const agreements = (path, what) => api(config.agreementServiceUrl, path, what);
const risks = (path, what) => api(config.riskServiceUrl, path, what);

/** Fills a section from a loader; a failure other than a rejected token shows in that section only. */
async function section(container, load) {
  container.replaceChildren(h('p', { class: 'empty' }, 'Loading…'));
  try {
    container.replaceChildren(...[].concat(await load()));
  } catch (e) {
    if (e instanceof SignInRequired) throw e;
    container.replaceChildren(h('p', { class: 'section-error', role: 'alert' }, e.message));
  }
}

// ---------- portfolio ----------

async function portfolioPage(main) {
  const matrix = h('div', { id: 'portfolio-matrix' });
  const heatMap = h('div', { id: 'heat-map' });
  const topRisks = h('div', { id: 'top-risks' });
  main.replaceChildren(
    h('h1', {}, 'Portfolio'),
    h('p', { class: 'sub' }, 'Every partner\'s current KPI values, coloured and labelled by RAG. Select a partner for '
      + 'its trends, deviations, milestones and risks.'),
    matrix,
    h('div', { class: 'two' },
      h('section', { 'aria-labelledby': 'heat-title' }, h('h2', { id: 'heat-title' }, 'Risk heat map'), heatMap),
      h('section', { 'aria-labelledby': 'top-title' }, h('h2', { id: 'top-title' }, 'Top risks'), topRisks)));
  const portfolio = kpi('/dashboards/portfolio', 'the portfolio dashboard');
  portfolio.catch(() => {}); // the matrix reports a failure; the risks then go without partner names
  const partnerNames = async () => {
    try {
      return new Map((await portfolio).partners.map((row) => [row.partner.id, row.partner.legalName]));
    } catch (e) {
      return new Map();
    }
  };
  await Promise.all([
    section(matrix, async () => portfolioMatrix(await portfolio)),
    section(heatMap, async () => heatMapTable(await risks('/risks/heat-map', 'the risk heat map'))),
    section(topRisks, async () => riskTable(await risks('/risks/top?limit=10', 'the top risks'), await partnerNames())),
  ]);
}

function ragTotals(counts, id) {
  return h('ul', { class: 'totals', id, 'aria-label': 'KPIs by RAG' },
    ['RED', 'AMBER', 'GREEN', 'NONE'].map((rag) => h('li', { class: 'rag-' + rag, dataset: { rag } },
      RAG_LABEL[rag] + ': ', h('span', { class: 'count' }, counts[rag.toLowerCase()]))));
}

function portfolioMatrix(portfolio) {
  if (portfolio.partners.length === 0) {
    return empty('No partners yet: kpi-service learns of partners from partner-service\'s events.');
  }
  const header = h('tr', {}, h('th', { scope: 'col' }, 'Partner'), h('th', { scope: 'col' }, 'Red / Amber / Green'),
    portfolio.kpis.map((k) => h('th', { scope: 'col', dataset: { kpi: k.code } }, k.name, k.unit ? ` (${k.unit})` : '')));
  const rows = portfolio.partners.map((row) => {
    const cells = new Map(row.cells.map((c) => [c.kpiCode, c]));
    return h('tr', { dataset: { partnerId: row.partner.id } },
      h('th', { scope: 'row' }, h('a', { href: '#/partners/' + row.partner.id }, row.partner.legalName),
        h('div', { class: 'sub' }, [row.partner.type, row.partner.qualificationStatus].filter(Boolean).join(' · '))),
      h('td', { class: 'counts num', dataset: { red: row.ragCounts.red, amber: row.ragCounts.amber,
        green: row.ragCounts.green } }, `${row.ragCounts.red} / ${row.ragCounts.amber} / ${row.ragCounts.green}`),
      portfolio.kpis.map((k) => {
        const cell = cells.get(k.code) || {};
        const rag = cell.rag || 'NONE';
        if (cell.value === null || cell.value === undefined) {
          return h('td', { class: 'cell rag-NONE', dataset: { kpi: k.code, rag }, title: 'not measured, no RAG' },
            h('span', { 'aria-hidden': 'true' }, '–'), h('span', { class: 'visually-hidden' }, 'not measured'));
        }
        return h('td', { class: 'cell rag-' + rag, dataset: { kpi: k.code, rag } },
          h('span', { class: 'value' }, String(cell.value)), ragBadge(cell.rag), travelMark(cell.travel));
      }));
  });
  return [
    h('p', { class: 'sub' }, 'As of ', h('time', {}, portfolio.asOf), '. All KPIs of all partners:'),
    ragTotals(portfolio.ragCounts, 'portfolio-rag-totals'),
    h('div', { class: 'scroll' }, h('table', { class: 'matrix' },
      h('caption', { class: 'visually-hidden' }, 'Partners by KPI, current value and RAG'),
      h('thead', {}, header), h('tbody', {}, rows))),
  ];
}

// ---------- risks ----------

function heatMapTable(map) {
  const byCell = new Map(map.cells.map((c) => [c.likelihood + 'x' + c.impact, c]));
  const rows = [5, 4, 3, 2, 1].map((likelihood) => h('tr', {},
    h('th', { scope: 'row' }, likelihood),
    [1, 2, 3, 4, 5].map((impact) => {
      const c = byCell.get(likelihood + 'x' + impact);
      return h('td', { class: 'rag-' + (c.rag || 'NONE'), dataset: { likelihood, impact, count: c.count },
        title: `likelihood ${likelihood} × impact ${impact} = ${c.score} (${RAG_LABEL[c.rag || 'NONE']}): ${c.count} risks` },
      c.count || '', h('span', { class: 'visually-hidden' }, ` risks, score ${c.score}, ${RAG_LABEL[c.rag || 'NONE']}`));
    })));
  return [
    h('p', { class: 'sub' }, `${map.riskCount} live risks, total exposure ${map.totalExposure}. `
      + 'Rows: likelihood 5 (top) to 1; columns: impact 1 to 5.'),
    h('table', { class: 'heat' },
      h('caption', { class: 'visually-hidden' }, 'Live risks by likelihood (rows) and impact (columns)'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', title: 'likelihood (rows) by impact (columns)' }, 'L \\ I'),
        [1, 2, 3, 4, 5].map((i) => h('th', { scope: 'col' }, i)))),
      h('tbody', {}, rows)),
  ];
}

/** The risks; with partner names (a Map by id) on the portfolio page, where they are of every partner. */
function riskTable(top, partnerNames) {
  const withPartner = partnerNames !== undefined;
  if (top.items.length === 0) return empty('No live risks.');
  return h('table', { class: 'risks' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Risk'), withPartner ? h('th', { scope: 'col' }, 'Partner') : null,
      h('th', { scope: 'col', class: 'num' }, 'Score (L × I)'), h('th', { scope: 'col' }, 'RAG'),
      h('th', { scope: 'col' }, 'Status'), withPartner ? null : h('th', { scope: 'col' }, 'Owner'))),
    h('tbody', {}, top.items.map((r) => h('tr', { dataset: { riskId: r.id } },
      h('td', {}, r.title, h('div', { class: 'sub' }, r.category)),
      withPartner ? h('td', {}, r.partnerId
        ? h('a', { href: '#/partners/' + r.partnerId }, partnerNames.get(r.partnerId) || 'partner') : '–') : null,
      h('td', { class: 'num' }, `${r.score} (${r.likelihood} × ${r.impact})`),
      h('td', { class: 'rag-' + (r.rag || 'NONE') }, RAG_LABEL[r.rag || 'NONE']),
      h('td', {}, r.status), withPartner ? null : h('td', {}, r.ownerName || r.ownerSide || '')))));
}

// ---------- partner ----------

async function partnerPage(main, partnerId) {
  const id = encodeURIComponent(partnerId);
  const header = h('div', { id: 'partner-header' });
  const trends = h('div', { id: 'kpi-trends' });
  const deviations = h('div', { id: 'open-deviations' });
  const decisions = h('div', { id: 'pending-decisions' });
  const milestones = h('div', { id: 'milestones' });
  const topRisks = h('div', { id: 'partner-top-risks' });
  const heatMap = h('div', { id: 'partner-heat-map' });
  main.replaceChildren(h('p', {}, h('a', { href: '#/' }, '← Portfolio')), header,
    h('h2', {}, 'KPI trends'), trends,
    h('div', { class: 'two' },
      h('section', {}, h('h2', {}, 'Open deviations'), deviations),
      h('section', {}, h('h2', {}, 'Go/no-go decisions pending'), decisions)),
    h('h2', {}, 'Milestones not yet completed'), milestones,
    h('div', { class: 'two' },
      h('section', {}, h('h2', {}, 'Top risks'), topRisks),
      h('section', {}, h('h2', {}, 'Risk heat map'), heatMap)));
  const openMilestones = agreements(`/milestones?partnerId=${id}&status=OPEN&size=500`, 'the milestones');
  openMilestones.catch(() => {}); // awaited by both sections below, which report a failure themselves
  await Promise.all([
    section(trends, async () => {
      const dashboard = await kpi(`/dashboards/partners/${id}?periods=12`, 'the partner\'s KPI dashboard');
      header.replaceChildren(h('h1', {}, dashboard.partner.legalName),
        h('p', { class: 'sub' }, [dashboard.partner.type, dashboard.partner.engagementModel,
          dashboard.partner.qualificationStatus].filter(Boolean).join(' · ') + ' · as of ' + dashboard.asOf),
        ragTotals(dashboard.ragCounts, 'partner-rag-totals'));
      document.title = dashboard.partner.legalName + ' · Steering-committee dashboard';
      return kpiTiles(dashboard);
    }),
    section(deviations, async () => deviationTable(await Promise.all(OPEN_DEVIATION_STATUSES.map((status) =>
      agreements(`/deviations?partnerId=${id}&status=${status}&size=500`, 'the deviations'))))),
    section(decisions, async () => milestoneTable((await openMilestones).items
      .filter((m) => m.decisionPoint && !m.decision), 'No go/no-go decision is pending.', 'pending-decision')),
    section(milestones, async () => milestoneTable((await openMilestones).items,
      'No open milestones.', 'open-milestone')),
    section(topRisks, async () => riskTable(await risks(`/risks/top?partnerId=${id}&limit=10`, 'the top risks'))),
    section(heatMap, async () => heatMapTable(await risks(`/risks/heat-map?partnerId=${id}`, 'the risk heat map'))),
  ]);
}

function kpiTiles(dashboard) {
  const tiles = dashboard.kpis.map((k) => {
    const chart = h('div', { class: 'chart', role: 'img',
      'aria-label': `${k.name} by period: ` + k.trend.map((p) => `${p.period} ${p.value ?? 'not measured'}`).join(', ') });
    const tile = h('article', { class: 'tile', dataset: { kpi: k.kpiCode, rag: k.rag || 'NONE' } },
      h('h3', {}, k.name),
      h('p', { class: 'now' }, valueWithUnit(k.currentValue, k.unit), ' ', ragBadge(k.rag), travelMark(k.travel),
        k.target !== null && k.target !== undefined ? h('span', { class: 'sub' }, ` · target ${k.target}`) : null,
        k.currentPeriod ? h('span', { class: 'sub' }, ` · ${k.currentPeriod}`) : null),
      chart,
      h('details', {}, h('summary', {}, 'Values'), h('table', {},
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Period'), h('th', { scope: 'col', class: 'num' }, 'Value'),
          h('th', { scope: 'col' }, 'RAG'))),
        h('tbody', {}, k.trend.map((p) => h('tr', {}, h('td', {}, p.period), h('td', { class: 'num' }, p.value ?? '–'),
          h('td', {}, RAG_LABEL[p.rag || 'NONE'])))))));
    return { tile, chart, kpi: k };
  });
  // the charts need their containers laid out: draw them once the tiles are in the page
  requestAnimationFrame(() => tiles.forEach(({ chart, kpi: k }) => trendChart(chart, k)));
  return h('div', { class: 'tiles' }, tiles.map((t) => t.tile));
}

/** Text made safe to place in HTML (ECharts writes a tooltip formatter's answer as HTML). */
function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function trendChart(container, k) {
  if (!window.echarts) {
    container.replaceChildren(empty('Charts unavailable (ECharts did not load); the values are below.'));
    return;
  }
  // canvas, not SVG: ECharts' SVG renderer writes inline style attributes, which the page's
  // Content-Security-Policy (style-src 'self') refuses; the values are in the table below the chart too
  const chart = echarts.init(container, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    grid: { left: 48, right: 12, top: 14, bottom: 24 },
    tooltip: {
      trigger: 'axis',
      // plain text: ECharts' default tooltip marks the series with inline style attributes, which the page's
      // Content-Security-Policy (style-src 'self') refuses
      formatter: (points) => points.map((p) => `${escapeHtml(p.axisValue)}: ${p.value ?? 'not measured'} `
        + `(${RAG_LABEL[(k.trend[p.dataIndex] || {}).rag || 'NONE']})`).join('<br>'),
    },
    xAxis: { type: 'category', data: k.trend.map((p) => p.period), axisLabel: { fontSize: 10 } },
    yAxis: { type: 'value', scale: true, axisLabel: { fontSize: 10 } },
    series: [{
      type: 'line', name: k.name, connectNulls: false, symbolSize: 8,
      data: k.trend.map((p) => ({ value: p.value, itemStyle: { color: RAG_COLOUR[p.rag] || '#777' } })),
      lineStyle: { color: '#16324f' },
      markLine: k.target === null || k.target === undefined ? undefined : {
        symbol: 'none', silent: true, data: [{ yAxis: k.target, name: 'target' }],
        lineStyle: { type: 'dashed', color: '#555' },
        label: { formatter: 'target', fontSize: 10, position: 'insideEndTop' },
      },
    }],
  });
  window.addEventListener('resize', () => chart.resize());
}

function deviationTable(pages) {
  const items = pages.flatMap((p) => p.items).sort((a, b) => (b.reportedOn || '').localeCompare(a.reportedOn || ''));
  const total = pages.reduce((sum, p) => sum + p.total, 0);
  const count = h('p', {}, h('span', { id: 'open-deviation-count', class: 'count' }, total), ' open');
  if (total === 0) return [count];
  return [count, h('table', {},
    h('thead', {}, h('tr', {}, ['Reference', 'Severity', 'Category', 'Status', 'Reported', 'Days open', 'Open CAPA']
      .map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, items.map((d) => h('tr', { dataset: { deviationId: d.id } },
      h('td', {}, d.externalRef || d.batchNumber || d.id.substring(0, 8)), h('td', {}, d.severity || 'unclassified'),
      h('td', {}, d.category || ''), h('td', {}, d.status), h('td', {}, d.reportedOn),
      h('td', { class: 'num' }, d.daysOpen ?? daysSince(d.reportedOn)),
      h('td', { class: 'num' }, d.capaActions.filter((a) => a.open).length)))))];
}

function daysSince(isoDate) {
  return isoDate ? Math.max(0, Math.floor((Date.now() - Date.parse(isoDate)) / 86400000)) : '';
}

function milestoneTable(items, none, kind) {
  const count = h('p', {}, h('span', { class: 'count', id: kind + '-count' }, items.length),
    kind === 'pending-decision' ? ' pending' : ' open');
  if (items.length === 0) return [count, empty(none)];
  return [count, h('table', {},
    h('thead', {}, h('tr', {}, ['Milestone', 'Due', 'State', 'Owner', 'Go/no-go'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, items.map((m) => h('tr', { dataset: { milestoneId: m.id } },
      h('td', {}, m.name, m.deliverable ? h('div', { class: 'sub' }, m.deliverable) : null),
      h('td', {}, m.dueDate),
      h('td', { class: m.missed ? 'rag-RED' : '' }, m.missed ? 'Missed' : 'Upcoming'),
      h('td', {}, m.owner || ''),
      h('td', {}, m.decisionPoint ? (m.decision ? m.decision.decision : 'decision pending') : '–')))))];
}

// ---------- routing ----------

async function route() {
  if (!token()) {
    showSignIn();
    return;
  }
  $('sign-in').hidden = true;
  $('session').hidden = false;
  $('signed-in-as').textContent = 'Signed in as ' + tokenHolder(token());
  showMessage('');
  const main = $('content');
  try {
    config = config || await kpi('/dashboard/config.json', 'kpi-service');
    const partner = location.hash.match(/^#\/partners\/([0-9a-fA-F-]{36})$/);
    if (partner) {
      await partnerPage(main, partner[1]);
    } else {
      document.title = 'Portfolio · Steering-committee dashboard';
      await portfolioPage(main);
    }
    main.dataset.loaded = location.hash || '#/';
  } catch (e) {
    if (e instanceof SignInRequired) showSignIn(e.message);
    else showMessage(e.message);
  }
}

document.addEventListener('DOMContentLoaded', () => {
  $('sign-in-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const pasted = $('token').value.trim().replace(/^Bearer\s+/i, '');
    if (!pasted) return;
    sessionStorage.setItem(TOKEN_KEY, pasted);
    $('token').value = '';
    route();
  });
  $('sign-out').addEventListener('click', () => showSignIn('Signed out.'));
  window.addEventListener('hashchange', () => {
    delete $('content').dataset.loaded;
    route();
  });
  route();
});
