/** "Use my location" for the finder: the device's position, resolved through the council under it. */
import type { FinderData } from './data.ts';
import { resolvePosition } from './resolve-location.ts';
import type { PostcodeOutcome } from './postcode.ts';

export const POSITION_MESSAGES = {
  finding: 'Finding your position…',
  noData: 'We could not load the map data to place your position (you may be offline). Search by town or council instead.',
  unavailable: 'Your position is not available (permission was refused or it could not be found). Search by town or council instead.',
} as const;

export function locateMe(data: FinderData): Promise<PostcodeOutcome> {
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      async (pos) => {
        try {
          const [{ data: index }, point] = await Promise.all([data.index(), data.areasAt(pos.coords.longitude, pos.coords.latitude)]);
          resolve({ resolution: resolvePosition(index, point.council) });
        } catch {
          resolve({ message: POSITION_MESSAGES.noData });
        }
      },
      () => resolve({ message: POSITION_MESSAGES.unavailable }),
      { enableHighAccuracy: false, timeout: 10000, maximumAge: 600000 },
    );
  });
}
