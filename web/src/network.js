// The actor network (GET /api/actors): nodes are actors, edges the dyads, as wide as
// their event counts and coloured by mean Goldstein; clicking an edge lists its events
// and points the timeline at the pair, clicking a node filters by that actor.
import cytoscape from 'cytoscape';
import { getJson } from './api.js';
import { eventFilter } from './state.js';
import { goldsteinColour, fixed } from './format.js';

let graph = null;

export async function showNetwork(state, setState) {
  const container = document.getElementById('network');
  const answer = await getJson('/api/actors', { ...eventFilter(state), limit: 60 });
  const events = new Map(answer.actors.map((actor) => [actor.code, actor.events]));
  const codes = new Set(answer.dyads.flatMap((dyad) => [dyad.source, dyad.target]));
  const nodes = [...codes].map((code) => ({ data: { id: code, label: code, events: events.get(code) ?? 1 } }));
  const edges = answer.dyads.map((dyad) => ({
    data: {
      id: `${dyad.source}>${dyad.target}`,
      source: dyad.source,
      target: dyad.target,
      events: dyad.events,
      colour: goldsteinColour(dyad.goldstein),
      label: `${dyad.events} · ${fixed(dyad.goldstein)}`,
    },
  }));
  graph?.destroy();
  graph = cytoscape({
    container,
    elements: [...nodes, ...edges],
    style: graphStyle(),
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 8000, padding: 20 },
  });
  // An edge counts the events of exactly its two codes (`$`: not their sub-codes), and
  // so do the list and the timeline it opens.
  graph.on('tap', 'edge', (event) => {
    const pair = `${event.target.data('source')}$,${event.target.data('target')}$`;
    setState({ list: `dyad:${pair}`, dyad: pair });
  });
  graph.on('tap', 'node', (event) => setState({ actor: event.target.id(), page: '' }));
  container.dataset.nodes = String(graph.nodes().length);
  container.dataset.edges = String(graph.edges().length);
  // Where the busiest edge is drawn and what it counts: the browser test clicks it.
  const busiest = graph.edges().max((edge) => edge.data('events')).ele;
  if (busiest) {
    const { x, y } = busiest.renderedMidpoint();
    Object.assign(container.dataset, { busiestEdgeX: x.toFixed(1), busiestEdgeY: y.toFixed(1), busiestEdgeEvents: String(busiest.data('events')) });
  }
}

function graphStyle() {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 10,
        'background-color': '#577',
        width: 'mapData(events, 1, 50, 14, 44)',
        height: 'mapData(events, 1, 50, 14, 44)',
        'text-valign': 'bottom',
        'text-margin-y': 3,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'mapData(events, 1, 50, 1.5, 10)',
        'line-color': 'data(colour)',
        'target-arrow-color': 'data(colour)',
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-size': 8,
        'text-rotation': 'autorotate',
        color: '#444',
      },
    },
  ];
}
