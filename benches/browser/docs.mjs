// The benchmark documents, one per network: shared by bench.mjs (in the
// page) and run.mjs (Node, for Pagefind's index), so ids and fields match.

export const FIELDS = ['name', 'caption', 'summary', 'topics', 'groups', 'actors', 'levels', 'description'];

export function docsOf(data) {
  const actors = new Map(data.actors.map((a) => [a.id, a.name]));
  const topics = new Map(data.topics.map((t) => [t.id, t.label]));
  const groups = new Map(data.target_groups.map((t) => [t.id, t.label]));
  const levels = { district: 'Stadtteil', city: 'Stadt', state: 'Land', federal: 'Bund' };
  return data.networks.map((n, id) => ({
    id,
    name: n.name,
    caption: n.caption ?? '',
    summary: n.summary,
    topics: n.topics.map((t) => topics.get(t)).join(' '),
    groups: n.target_groups.map((t) => groups.get(t)).join(' '),
    actors: n.actors.map((p) => actors.get(p.actor)).join(' '),
    levels: n.levels.map((l) => levels[l]).join(' '),
    description: [...n.description, ...n.goals, ...n.facts].join(' '),
  }));
}
