/** Portals the builder offers to pick; the demo portal's address comes from the page (the server sets it). */
export interface Preset {
  id: string;
  label: { de: string; en: string };
  url: string;
  organization: string;
}

/** The shared CKAN portal of the Niederrhein cities, scoped to one city's organization. */
const niederrhein = (id: string, city: string, organization: string): Preset => ({
  id,
  label: { de: `offenesdatenportal.de – Stadt ${city}`, en: `offenesdatenportal.de – City of ${city}` },
  url: 'https://www.offenesdatenportal.de',
  organization,
});

export function presets(demoPortal: string): Preset[] {
  return [
    {
      id: 'demo',
      label: { de: 'Demo-Portal (lokal)', en: 'Demo portal (local)' },
      url: demoPortal,
      organization: '',
    },
    niederrhein('moers', 'Moers', 'moers'),
    niederrhein('kleve', 'Kleve', 'stadt-kleve'),
    niederrhein('geldern', 'Geldern', 'stadt-geldern'),
  ];
}

/** The preset matching a portal and organization, if any. */
export const presetOf = (list: Preset[], url: string, organization: string) =>
  list.find((p) => p.url === url && p.organization === organization);
