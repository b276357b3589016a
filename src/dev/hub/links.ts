import { surfaces, type Surface } from '../../surfaces';

export interface HubLink {
  readonly label: string;
  readonly href: string;
  readonly detail: string;
}

/** How each surface is opened on local data: inside the simulator of its host. */
export function simulatorLink(surface: Surface): HubLink {
  if (surface.host === 'excel') {
    return {
      label: surface.title,
      href: `/dev/excel-simulator/index.html?surface=${surface.id}`,
      detail: 'in the Excel workbook simulator',
    };
  }
  return {
    label: surface.title,
    href: `/dev/teams-simulator/index.html?surface=${surface.id}`,
    detail: 'in the Teams host simulator',
  };
}

export function hubLinks(host: Surface['host']): HubLink[] {
  return surfaces.filter((s) => s.host === host).map(simulatorLink);
}
