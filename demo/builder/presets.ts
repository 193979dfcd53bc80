/** Portals the builder offers to pick; the demo portal's address comes from the page (the server sets it). */
export interface Preset {
  id: string;
  label: { de: string; en: string };
  url: string;
  organization: string;
}

const NIEDERRHEIN = 'https://www.offenesdatenportal.de';

export function presets(demoPortal: string): Preset[] {
  return [
    {
      id: 'demo',
      label: { de: 'Demo-Portal (lokal)', en: 'Demo portal (local)' },
      url: demoPortal,
      organization: '',
    },
    {
      id: 'moers',
      label: { de: 'offenesdatenportal.de – Stadt Moers', en: 'offenesdatenportal.de – City of Moers' },
      url: NIEDERRHEIN,
      organization: 'moers',
    },
    {
      id: 'kleve',
      label: { de: 'offenesdatenportal.de – Stadt Kleve', en: 'offenesdatenportal.de – City of Kleve' },
      url: NIEDERRHEIN,
      organization: 'stadt-kleve',
    },
    {
      id: 'geldern',
      label: { de: 'offenesdatenportal.de – Stadt Geldern', en: 'offenesdatenportal.de – City of Geldern' },
      url: NIEDERRHEIN,
      organization: 'stadt-geldern',
    },
  ];
}

/** The preset matching a portal and organization, if any. */
export const presetOf = (list: Preset[], url: string, organization: string) =>
  list.find((p) => p.url === url && p.organization === organization);
