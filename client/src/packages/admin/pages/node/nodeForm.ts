/**
 * An org node as the 编辑组织 form holds it (numbers and phones as typed), and the admin.saveNode
 * payload it becomes: only the fields this type of node has (saveNode leaves the others alone).
 */
import type { CardPerson, NodeDetailView } from '@lx/types';

export type EditableType = 'community' | 'grid' | 'compound' | 'building';
export type EditNode = NodeDetailView & { type: EditableType };
export type Person = Omit<CardPerson, 'hours'> & { hours: string };

export interface NodeForm {
  name: string;
  households: string;
  population: string;
  hotline: string;
  serviceHours: string;
  people: Person[];
  gridId: string;
  parentId: string;
}

export type SetField = <K extends keyof NodeForm>(key: K, value: NodeForm[K]) => void;

export const formOf = (n: EditNode): NodeForm => ({
  name: n.name,
  households: n.households?.toString() ?? '',
  population: n.population?.toString() ?? '',
  hotline: n.hotline ?? '',
  serviceHours: n.serviceHours ?? '',
  people: (n.responsible ?? []).map((p) => ({ ...p, hours: p.hours ?? '' })),
  gridId: n.gridId ?? '',
  parentId: n.parentId ?? '',
});

/** '' keeps the stored number (saveNode changes only what it is sent); anything else is sent as typed. */
const count = (key: 'households' | 'population', v: string) => (v.trim() === '' ? {} : { [key]: Number(v.trim()) });

const cardPeople = (people: Person[]): CardPerson[] =>
  people.map(({ hours, ...p }) => ({
    ...p,
    name: p.name.trim(),
    phone: p.phone.trim(),
    ...(hours.trim() ? { hours: hours.trim() } : {}),
  }));

export function toPayload(n: EditNode, f: NodeForm) {
  const t = n.type;
  return {
    id: n.id,
    type: t,
    parentId: f.parentId,
    name: f.name.trim(),
    ...(t !== 'community' ? { ...count('households', f.households), ...count('population', f.population) } : {}),
    ...(t === 'grid' || t === 'community' ? { hotline: f.hotline.trim() } : {}),
    ...(t === 'grid' ? { serviceHours: f.serviceHours.trim(), responsible: cardPeople(f.people) } : {}),
    ...(t === 'building' ? { gridId: f.gridId } : {}),
  };
}
