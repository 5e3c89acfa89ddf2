/** host and null drivers: no namespace of their own to plumb; one instance each. */
import type { NetworkDriver } from './driver.ts';

const nothing = () => {};

export const hostDriver: NetworkDriver = {
  type: 'host',
  scope: 'local',
  singleton: true,
  createNetwork: nothing,
  deleteNetwork: nothing,
  createEndpoint: nothing,
  join: nothing,
  leave: nothing,
};

export const nullDriver: NetworkDriver = {
  type: 'null',
  scope: 'local',
  singleton: true,
  createNetwork: nothing,
  deleteNetwork: nothing,
  createEndpoint: nothing,
  join: nothing,
  leave: nothing,
};
